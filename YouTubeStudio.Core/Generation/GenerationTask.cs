using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// A queued piece of work: the seed's queue message (task_id, video_id, action, params, priority,
/// timestamp) plus its progress. <see cref="Status"/> mirrors the video's status while it generates.
/// </summary>
public class GenerationTask
{
    public Guid Id { get; set; }
    public long VideoId { get; set; }
    public string Action { get; set; } = GenerationActions.Generate;
    public string ParamsJson { get; set; } = "{}";
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;
    public DateTimeOffset Timestamp { get; set; }
    public VideoStatus Status { get; set; } = VideoStatus.Queued;
    public string? Stage { get; set; }
    public int Progress { get; set; }
    public int Attempts { get; set; }
    public int MaxAttempts { get; set; } = 3;
    public string? LastError { get; set; }
    public string? FailureReason { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>When a task waiting for an automatic retry may run again.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
    /// <summary>The instance running it and its last sign of life; a stale heartbeat means the run was interrupted.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? HeartbeatAt { get; set; }
    public decimal CostUsd { get; set; }
    /// <summary>Set by a cancel; the worker stops at its next heartbeat wherever it runs.</summary>
    public bool CancelRequested { get; set; }
}
