namespace YouTubeStudio.Core.Generation;

public sealed record ScriptResult(VideoScript Script, StageUsage Usage);
