using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>The durable priority queue of generation work (DESIGN.md §4).</summary>
public interface IGenerationQueue
{
    /// <summary>Queues one video: a video row, its first history entry and a task; nothing else on the request path.</summary>
    Task<Result<SubmitResult>> SubmitAsync(GenerateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Queues one video per topic line; rejected lines come back with their reason.</summary>
    Task<Result<BulkResult>> SubmitBulkAsync(long channelId, IEnumerable<string> lines, string? format, string? priority, CancellationToken cancellationToken = default);

    /// <summary>Cancels a queued or running video; its artifacts stay.</summary>
    Task<Result<GenerationTask>> CancelAsync(long videoId, CancellationToken cancellationToken = default);

    /// <summary>Retries a failed or cancelled video from its first unfinished stage.</summary>
    Task<Result<GenerationTask>> RetryAsync(long videoId, CancellationToken cancellationToken = default);

    /// <summary>Starts a finished or failed video again from scratch (checkpoints and artifacts dropped).</summary>
    Task<Result<GenerationTask>> RequeueAsync(long videoId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a video, its task, costs and artifacts (a running one is cancelled first).</summary>
    Task<Result<bool>> DeleteAsync(long videoId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TaskView>> ListTasksAsync(TaskFilter filter, CancellationToken cancellationToken = default);

    Task<TaskView?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default);

    Task<GenerationTask?> GetTaskForVideoAsync(long videoId, CancellationToken cancellationToken = default);

    /// <summary>Tasks per wire status.</summary>
    Task<IReadOnlyDictionary<VideoStatus, int>> CountByStatusAsync(CancellationToken cancellationToken = default);
}
