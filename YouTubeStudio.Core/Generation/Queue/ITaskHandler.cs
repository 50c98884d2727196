using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>
/// Runs queued tasks of one action other than <c>generate</c> (e.g. <c>publish</c>, <c>score</c>), with the
/// queue's claim, heartbeat, cancel, retry and recovery around it.
/// </summary>
public interface ITaskHandler
{
    string Action { get; }

    /// <summary>The video status while the task runs.</summary>
    VideoStatus RunningStatus { get; }

    /// <summary>The video status after a final failure (the video itself may still be fine).</summary>
    VideoStatus FailedVideoStatus { get; }

    /// <summary>Runs the task; returns the video's status when done and a note for its history.</summary>
    Task<(VideoStatus Status, string Note)> RunAsync(GenerationTask task, IProgress<double> progress, CancellationToken cancellationToken);
}
