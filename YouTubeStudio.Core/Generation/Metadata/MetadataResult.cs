namespace YouTubeStudio.Core.Generation;

public sealed record MetadataResult(VideoMetadata Metadata, StageUsage Usage);
