namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>Hands queued tasks to the job scheduler (Quartz in the web host).</summary>
public interface ITaskScheduler
{
    /// <summary>Schedules (or re-schedules) a task; <paramref name="notBefore"/> delays an automatic retry.</summary>
    Task ScheduleAsync(GenerationTask task, DateTimeOffset? notBefore, CancellationToken cancellationToken = default);

    /// <summary>Removes a task's pending trigger, if any.</summary>
    Task UnscheduleAsync(Guid taskId, CancellationToken cancellationToken = default);

    /// <summary>Whether a task has a pending trigger.</summary>
    Task<bool> IsScheduledAsync(Guid taskId, CancellationToken cancellationToken = default);

    /// <summary>Interrupts the task when it runs on this instance (others see the cancel flag on their heartbeat).</summary>
    Task InterruptAsync(Guid taskId, CancellationToken cancellationToken = default);
}
