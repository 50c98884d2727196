using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>
/// Finds work that lost its worker or its trigger and queues it again: tasks claimed by a process that
/// died (stale heartbeat, or any other claim when only one instance can exist) and queued tasks
/// without a pending trigger. Checkpoints make the re-run resume at the interrupted stage.
/// </summary>
public sealed partial class GenerationRecovery(
    IDbContextFactory<AppDbContext> dbFactory,
    ITaskScheduler scheduler,
    InstanceIdentity instance,
    IOptions<GenerationOptions> options,
    TimeProvider time,
    ILogger<GenerationRecovery> logger)
{
    /// <param name="singleInstance">True on SQLite: every claim not ours belongs to a dead process.</param>
    public async Task<int> RecoverAsync(bool singleInstance, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var staleBefore = now - TimeSpan.FromSeconds(options.Value.StaleAfterSeconds);
        var recovered = 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var working = new[] { VideoStatus.Queued, VideoStatus.Scripting, VideoStatus.Voicing, VideoStatus.Rendering, VideoStatus.Assembling, VideoStatus.Thumbnailing };
        var orphans = await db.GenerationTasks
            .Where(t => working.Contains(t.Status) && t.ClaimedBy != null && t.ClaimedBy != instance.Id)
            .ToListAsync(ct);
        foreach (var task in orphans.Where(t => singleInstance || t.HeartbeatAt is null || t.HeartbeatAt < staleBefore))
        {
            var video = await db.Videos.FirstAsync(v => v.Id == task.VideoId, ct);
            task.Status = VideoStatus.Queued;
            task.ClaimedBy = null;
            // A crash is not the task's fault: it does not use up an attempt.
            task.Attempts = Math.Max(0, task.Attempts - 1);
            // A generation waits in the queue; other actions (publish) leave the finished video as it was.
            var waiting = task.Action == GenerationActions.Generate ? VideoStatus.Queued : VideoStatus.ReadyForUpload;
            video.Status = waiting;
            video.UpdatedAt = now;
            db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = video.Id, Status = waiting, At = now, Note = $"Interrupted {task.Action} recovered; it resumes where it stopped" });
            await db.SaveChangesAsync(ct);
            await scheduler.ScheduleAsync(task, null, ct);
            LogRecovered(task.Id, task.VideoId);
            recovered++;
        }

        var queued = await db.GenerationTasks.AsNoTracking()
            .Where(t => t.Status == VideoStatus.Queued && t.ClaimedBy == null && !t.CancelRequested)
            .OrderBy(t => t.QueuedAt).Take(1000).ToListAsync(ct);
        foreach (var task in queued)
        {
            if (await scheduler.IsScheduledAsync(task.Id, ct)) continue;
            await scheduler.ScheduleAsync(task, task.NextAttemptAt > now ? task.NextAttemptAt : null, ct);
            LogRescheduled(task.Id, task.VideoId);
            recovered++;
        }
        return recovered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} of video {VideoId} was interrupted; queued again")]
    private partial void LogRecovered(Guid taskId, long videoId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} of video {VideoId} had no trigger; scheduled again")]
    private partial void LogRescheduled(Guid taskId, long videoId);
}
