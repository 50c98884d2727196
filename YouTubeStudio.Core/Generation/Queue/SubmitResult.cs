using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

public sealed record SubmitResult(Guid TaskId, long VideoId, VideoStatus Status);
