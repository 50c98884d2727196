namespace YouTubeStudio.Core.Generation;

public sealed record ThumbnailResult(string FilePath, StageUsage Usage);
