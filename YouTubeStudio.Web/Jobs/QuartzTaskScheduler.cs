using System.Globalization;
using Quartz;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;

namespace YouTubeStudio.Web.Jobs;

/// <summary>
/// Schedules tasks as Quartz jobs. Quartz orders due triggers by fire time, then priority, so each
/// priority gets its own band of past fire times (high in 1900, normal in 1950, low in 2000) offset
/// by the submission time: every queued high task fires before any normal one, and equal priorities
/// run oldest first. Triggers ignore misfires so the order survives however long they wait.
/// </summary>
public sealed class QuartzTaskScheduler(ISchedulerFactory factory) : ITaskScheduler
{
    private static readonly DateTimeOffset Epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task ScheduleAsync(GenerationTask task, DateTimeOffset? notBefore, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var key = task.Id.ToString();
        var job = JobBuilder.Create<GenerationJob>()
            .WithIdentity(key, GenerationJob.Group)
            .UsingJobData("task_id", key)
            .UsingJobData("video_id", task.VideoId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData("action", task.Action)
            .UsingJobData("params", task.ParamsJson)
            .UsingJobData("priority", task.Priority.ToString().ToLowerInvariant())
            .UsingJobData("timestamp", task.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key, GenerationJob.Group)
            .ForJob(job)
            .StartAt(notBefore ?? BandTime(task.Priority, task.QueuedAt))
            .WithPriority(10 - (int)task.Priority)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task UnscheduleAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(new JobKey(taskId.ToString(), GenerationJob.Group), cancellationToken);
    }

    public async Task<bool> IsScheduledAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        return await scheduler.Exists(new TriggerKey(taskId.ToString(), GenerationJob.Group), cancellationToken);
    }

    public async Task InterruptAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.Interrupt(new JobKey(taskId.ToString(), GenerationJob.Group), cancellationToken);
    }

    /// <summary>A fire time in the past that sorts by priority first, then by submission time.</summary>
    public static DateTimeOffset BandTime(TaskPriority priority, DateTimeOffset queuedAt)
    {
        var band = new DateTimeOffset(1900 + 50 * (int)priority, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var offset = queuedAt - Epoch;
        if (offset < TimeSpan.Zero) offset = TimeSpan.Zero;
        return band + offset;
    }
}
