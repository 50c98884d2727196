using System.Globalization;
using Quartz;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;

namespace YouTubeStudio.Web.Jobs;

/// <summary>
/// Schedules tasks as Quartz jobs. Quartz orders due triggers by fire time, then priority, so each
/// priority gets its own band of past fire times (high in 1900, normal in 1950, low in 2000) offset
/// by the submission time: every queued high task fires before any normal one, and equal priorities
/// run oldest first. Triggers ignore misfires so the order survives however long they wait.
/// A task that must wait (an automatic retry's back-off, the YouTube quota) gets a release trigger at
/// that time instead; when it fires, the task rejoins its band (decision 014).
/// </summary>
public sealed partial class QuartzTaskScheduler(
    ISchedulerFactory factory,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<QuartzTaskScheduler> logger) : ITaskScheduler
{
    /// <summary>Trigger group of the release triggers: not the generation group, so its execution limit never holds a release back.</summary>
    public const string ReleaseGroup = "generation-release";

    private const string BandTimeKey = "band_time";
    private static readonly DateTimeOffset Epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task ScheduleAsync(GenerationTask task, DateTimeOffset? notBefore, CancellationToken cancellationToken = default)
    {
        try
        {
            await ScheduleCoreAsync(task, notBefore, cancellationToken);
        }
        catch (SchedulerException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // A task handed back during a shutdown finds Quartz already stopped. Its row says queued, and the
            // recovery at the next start schedules every queued task that has no trigger, so nothing is lost.
            LogLeftForRecovery(task.Id);
        }
    }

    private async Task ScheduleCoreAsync(GenerationTask task, DateTimeOffset? notBefore, CancellationToken cancellationToken)
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
        var bandTime = BandTime(task.Priority, task.QueuedAt);
        var trigger = notBefore is { } releaseAt && releaseAt > time.GetUtcNow()
            ? TriggerBuilder.Create()
                .WithIdentity(key, ReleaseGroup)
                .ForJob(job)
                .StartAt(releaseAt)
                .UsingJobData(BandTimeKey, bandTime.UtcTicks.ToString(CultureInfo.InvariantCulture))
                .Build()
            : BandTrigger(job.Key, task.Priority, bandTime);
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task UnscheduleAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        // Deleting the job deletes both kinds of trigger.
        await scheduler.DeleteJob(new JobKey(taskId.ToString(), GenerationJob.Group), cancellationToken);
    }

    public async Task<bool> IsScheduledAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var key = taskId.ToString();
        return await scheduler.Exists(new TriggerKey(key, GenerationJob.Group), cancellationToken)
            || await scheduler.Exists(new TriggerKey(key, ReleaseGroup), cancellationToken);
    }

    public async Task InterruptAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.Interrupt(new JobKey(taskId.ToString(), GenerationJob.Group), cancellationToken);
    }

    /// <summary>Run by a release trigger: puts the task back in its priority band, where it keeps its place by submission time.</summary>
    public static async Task ReleaseAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var ticks = long.Parse(context.Trigger.JobDataMap.GetString(BandTimeKey)!, CultureInfo.InvariantCulture);
        var priority = Enum.Parse<TaskPriority>(context.JobDetail.JobDataMap.GetString("priority")!, ignoreCase: true);
        var trigger = BandTrigger(context.JobDetail.Key, priority, new DateTimeOffset(ticks, TimeSpan.Zero));
        // The release trigger itself is removed when this run completes, as any finished one-shot trigger is.
        await context.Scheduler.ScheduleJob(context.JobDetail, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>A fire time in the past that sorts by priority first, then by submission time.</summary>
    public static DateTimeOffset BandTime(TaskPriority priority, DateTimeOffset queuedAt)
    {
        var band = new DateTimeOffset(1900 + 50 * (int)priority, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var offset = queuedAt - Epoch;
        if (offset < TimeSpan.Zero) offset = TimeSpan.Zero;
        return band + offset;
    }

    private static ITrigger BandTrigger(JobKey job, TaskPriority priority, DateTimeOffset bandTime) =>
        TriggerBuilder.Create()
            .WithIdentity(job.Name, GenerationJob.Group)
            .ForJob(job)
            .StartAt(bandTime)
            .WithPriority(10 - (int)priority)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
            .Build();

    [LoggerMessage(Level = LogLevel.Information, Message = "The scheduler has stopped: task {TaskId} stays queued in the database and is scheduled again at the next start")]
    private partial void LogLeftForRecovery(Guid taskId);
}
