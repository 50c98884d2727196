using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Core.YouTube.Publishing;

/// <summary>Publishes ready videos to their channel's YouTube account through the queue.</summary>
public interface IPublishService
{
    /// <summary>Validates and queues an upload (resumable, then the thumbnail); 202-style: the task runs in the background.</summary>
    Task<Result<GenerationTask>> QueuePublishAsync(long videoId, PublishRequest request, CancellationToken cancellationToken = default);
}
