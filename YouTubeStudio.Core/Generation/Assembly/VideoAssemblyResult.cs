namespace YouTubeStudio.Core.Generation;

public sealed record VideoAssemblyResult(string FilePath, TimeSpan Duration, StageUsage Usage);
