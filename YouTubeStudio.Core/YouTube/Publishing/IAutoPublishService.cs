namespace YouTubeStudio.Core.YouTube.Publishing;

/// <summary>Schedules the ready videos of auto-publishing channels into their next free slots.</summary>
public interface IAutoPublishService
{
    /// <summary>
    /// For each active channel with auto-publish on and a healthy YouTube connection, queues its ready videos (oldest
    /// first) for publishing at the channel's next free slots. Returns how many were queued.
    /// </summary>
    Task<int> RunAsync(CancellationToken cancellationToken = default);
}
