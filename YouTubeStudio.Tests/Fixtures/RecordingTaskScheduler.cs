using System.Collections.Concurrent;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>Stands in for Quartz in component tests: remembers what was scheduled, runs nothing.</summary>
public sealed class RecordingTaskScheduler : ITaskScheduler
{
    public ConcurrentDictionary<Guid, DateTimeOffset?> Scheduled { get; } = new();

    public Task ScheduleAsync(GenerationTask task, DateTimeOffset? notBefore, CancellationToken cancellationToken = default)
    {
        Scheduled[task.Id] = notBefore;
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        Scheduled.TryRemove(taskId, out _);
        return Task.CompletedTask;
    }

    public Task<bool> IsScheduledAsync(Guid taskId, CancellationToken cancellationToken = default) => Task.FromResult(Scheduled.ContainsKey(taskId));

    public Task InterruptAsync(Guid taskId, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
