using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

public sealed record TaskFilter(IReadOnlyCollection<VideoStatus>? Statuses = null, long? ChannelId = null, TaskPriority? Priority = null, int Limit = 500);
