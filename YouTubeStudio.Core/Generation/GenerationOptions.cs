using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Generation;

public sealed class GenerationOptions
{
    public const string SectionName = "Generation";

    /// <summary><c>Generation:Concurrency</c>: tasks run at once on this instance (default: the number of cores).</summary>
    [Range(1, 64, ErrorMessage = "Generation:Concurrency must be between 1 and 64.")]
    public int Concurrency { get; set; } = Environment.ProcessorCount;

    /// <summary><c>Generation:MaxAttempts</c>: tries of a task with transient failures before it fails.</summary>
    [Range(1, 20, ErrorMessage = "Generation:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 3;

    /// <summary><c>Generation:RetryBaseSeconds</c>: first retry delay; doubles each attempt.</summary>
    [Range(0.0, 3600.0, ErrorMessage = "Generation:RetryBaseSeconds must be between 0 and 3600.")]
    public double RetryBaseSeconds { get; set; } = 10;

    [Range(1.0, 86400.0)]
    public double RetryMaxSeconds { get; set; } = 600;

    /// <summary>A running task whose heartbeat is older than this was interrupted (its instance died).</summary>
    [Range(5.0, 3600.0)]
    public double StaleAfterSeconds { get; set; } = 45;

    [Range(0.2, 60.0)]
    public double HeartbeatSeconds { get; set; } = 5;

    /// <summary>Bulk submissions larger than this are refused.</summary>
    [Range(1, 10000)]
    public int MaxBulkTopics { get; set; } = 200;
}
