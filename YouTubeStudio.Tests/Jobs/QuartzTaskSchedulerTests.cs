using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Web.Jobs;

namespace YouTubeStudio.Tests.Jobs;

/// <summary>
/// <see cref="QuartzTaskScheduler"/> on Quartz's in-memory store: queued tasks get a fire time in their
/// priority band; a task that must wait gets a release trigger that puts it back in its band (decision 014).
/// </summary>
public sealed class QuartzTaskSchedulerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset QueuedAt = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly RecordingRunner _runner = new();
    private ServiceProvider _services = null!;
    private IScheduler _scheduler = null!;
    private QuartzTaskScheduler _tasks = null!;
    private readonly StoppingLifetime _lifetime = new();

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IGenerationRunner>(_runner);
        services.AddQuartz();
        _services = services.BuildServiceProvider();
        var factory = _services.GetRequiredService<ISchedulerFactory>();
        _scheduler = await factory.GetScheduler();
        _tasks = new QuartzTaskScheduler(factory, TimeProvider.System, _lifetime, NullLogger<QuartzTaskScheduler>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _scheduler.Shutdown(waitForJobsToComplete: true);
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Schedule_AfterQuartzStoppedDuringAShutdown_LeavesTheTaskForRecoveryWithoutThrowing()
    {
        await _scheduler.Shutdown(waitForJobsToComplete: true);
        var task = NewTask(TaskPriority.Normal);
        await Assert.ThrowsAnyAsync<SchedulerException>(() => _tasks.ScheduleAsync(task, notBefore: null));

        _lifetime.Stop();

        await _tasks.ScheduleAsync(task, notBefore: null);
    }

    [Fact]
    public async Task Schedule_WithoutADelay_FiresInThePriorityBandAtTheSubmissionOffset()
    {
        var task = NewTask(TaskPriority.Normal);

        await _tasks.ScheduleAsync(task, notBefore: null);

        var trigger = Assert.Single(await _scheduler.GetTriggersOfJob(new JobKey(task.Id.ToString(), GenerationJob.Group)));
        Assert.Equal(GenerationJob.Group, trigger.Key.Group);
        Assert.Equal(QuartzTaskScheduler.BandTime(TaskPriority.Normal, QueuedAt), trigger.NextFireTimeUtc);
        Assert.True(await _tasks.IsScheduledAsync(task.Id));
    }

    [Fact]
    public async Task Schedule_WithADelay_WaitsOnAReleaseTriggerOutsideTheGenerationGroup()
    {
        var task = NewTask(TaskPriority.High);
        var releaseAt = DateTimeOffset.UtcNow.AddHours(1);

        await _tasks.ScheduleAsync(task, releaseAt);

        var trigger = Assert.Single(await _scheduler.GetTriggersOfJob(new JobKey(task.Id.ToString(), GenerationJob.Group)));
        Assert.Equal(QuartzTaskScheduler.ReleaseGroup, trigger.Key.Group);
        Assert.Equal(releaseAt.ToUnixTimeSeconds(), trigger.NextFireTimeUtc!.Value.ToUnixTimeSeconds());
        // Recovery must see the waiting task as scheduled, and a cancel must remove it.
        Assert.True(await _tasks.IsScheduledAsync(task.Id));
        await _tasks.UnscheduleAsync(task.Id);
        Assert.False(await _tasks.IsScheduledAsync(task.Id));
    }

    [Fact]
    public async Task Schedule_WithADelayAlreadyOver_GoesStraightToTheBand()
    {
        var task = NewTask(TaskPriority.Low);

        await _tasks.ScheduleAsync(task, DateTimeOffset.UtcNow.AddMinutes(-1));

        var trigger = Assert.Single(await _scheduler.GetTriggersOfJob(new JobKey(task.Id.ToString(), GenerationJob.Group)));
        Assert.Equal(GenerationJob.Group, trigger.Key.Group);
        Assert.Equal(QuartzTaskScheduler.BandTime(TaskPriority.Low, QueuedAt), trigger.NextFireTimeUtc);
    }

    [Fact]
    public async Task ReleaseTrigger_WhenDue_RequeuesTheTaskInItsBandWhichThenRuns()
    {
        var task = NewTask(TaskPriority.High);
        await _tasks.ScheduleAsync(task, DateTimeOffset.UtcNow.AddMilliseconds(300));
        await _scheduler.Start();

        var ran = await _runner.Runs.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(task.Id, ran);
        // Both one-shot triggers are gone once the run completes.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await _tasks.IsScheduledAsync(task.Id) && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.False(await _tasks.IsScheduledAsync(task.Id));
    }

    private static GenerationTask NewTask(TaskPriority priority) => new()
    {
        Id = Guid.NewGuid(),
        VideoId = 7,
        Priority = priority,
        Timestamp = QueuedAt,
        QueuedAt = QueuedAt,
    };

    private sealed class RecordingRunner : IGenerationRunner
    {
        public TaskCompletionSource<Guid> Runs { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task RunAsync(Guid taskId, CancellationToken cancellationToken)
        {
            Runs.TrySetResult(taskId);
            return Task.CompletedTask;
        }
    }

    /// <summary>A host lifetime the test can put into "stopping".</summary>
    private sealed class StoppingLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Stop() => _stopping.Cancel();

        public void StopApplication() => Stop();
    }
}
