using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

internal sealed partial class GenerationRunner(
    IDbContextFactory<AppDbContext> dbFactory,
    IEnumerable<IGenerationStage> stages,
    IEnumerable<ITaskHandler> handlers,
    IMediaStore media,
    BudgetGuard budget,
    IEventBroadcaster events,
    ITaskScheduler scheduler,
    InstanceIdentity instance,
    YouTubeStudio.Core.Observability.StudioMetrics metrics,
    IOptions<GenerationOptions> options,
    TimeProvider time,
    ILogger<GenerationRunner> logger) : IGenerationRunner
{
    private readonly IReadOnlyList<IGenerationStage> _stages = stages.ToList();
    private readonly IReadOnlyDictionary<string, ITaskHandler> _handlers = handlers.ToDictionary(h => h.Action, StringComparer.Ordinal);

    public async Task RunAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(taskId, cancellationToken)) return;

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(taskId, cancel, heartbeatStop.Token);
        try
        {
            var action = await ActionOfAsync(taskId);
            if (action == GenerationActions.Generate) await RunStagesAsync(taskId, cancel.Token);
            else if (_handlers.TryGetValue(action, out var handler)) await RunHandlerAsync(taskId, handler, cancel.Token);
            else throw new GenerationException("unknown_action", $"No handler for action '{action}'.", isTransient: false);
        }
        catch (ClaimLostException)
        {
            // Another worker owns the task now; the write that found out logged it and wrote nothing.
        }
        catch (YouTubeStudio.Core.YouTube.YouTubeQuotaExceededException quota)
        {
            await WaitForQuotaAsync(taskId, quota.RetryAfterUtc, quota.Message);
        }
        catch (YouTubeStudio.Core.YouTube.YouTubeAuthException auth)
        {
            await FailOrRetryAsync(taskId, auth.NeedsReconnect ? "youtube_reconnect" : "youtube_auth", auth.Message, transient: false);
        }
        catch (YouTubeStudio.Core.YouTube.YouTubeTransientException ex)
        {
            await FailOrRetryAsync(taskId, "youtube_unavailable", ex.Message, transient: true);
        }
        catch (YouTubeStudio.Core.YouTube.YouTubeException ex)
        {
            await FailOrRetryAsync(taskId, "youtube_error", ex.Message, transient: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && cancel.IsCancellationRequested)
        {
            await FinishCancelledAsync(taskId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: hand the task back so it resumes at this stage after the restart.
            await ReleaseAsync(taskId, "Interrupted by a shutdown; resumes after restart.");
        }
        catch (GenerationException failure)
        {
            await FailOrRetryAsync(taskId, failure.Reason, failure.Message, failure.IsTransient);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or TimeoutException or DbUpdateException)
        {
            await FailOrRetryAsync(taskId, "transient_error", ex.Message, transient: true);
        }
        catch (Exception ex)
        {
            LogUnexpected(ex, taskId);
            await FailOrRetryAsync(taskId, "internal_error", ex.Message, transient: true);
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
    }

    private async Task<bool> ClaimAsync(Guid taskId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await db.GenerationTasks
            .Where(t => t.Id == taskId && t.Status == VideoStatus.Queued && t.ClaimedBy == null && !t.CancelRequested)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.ClaimedBy, instance.Id)
                .SetProperty(t => t.HeartbeatAt, now)
                .SetProperty(t => t.Attempts, t => t.Attempts + 1)
                .SetProperty(t => t.StartedAt, now)
                .SetProperty(t => t.NextAttemptAt, (DateTimeOffset?)null), ct);
        if (claimed == 0) LogNotClaimed(taskId);
        return claimed == 1;
    }

    private async Task RunStagesAsync(Guid taskId, CancellationToken ct)
    {
        Video video;
        Channel channel;
        Dictionary<string, string> outputs;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var task = await db.GenerationTasks.AsNoTracking().FirstAsync(t => t.Id == taskId, ct);
            video = await db.Videos.AsNoTracking().FirstAsync(v => v.Id == task.VideoId, ct);
            channel = await db.Channels.AsNoTracking().FirstAsync(c => c.Id == video.ChannelId, ct);
            outputs = await db.StageCheckpoints.AsNoTracking().Where(c => c.VideoId == video.Id)
                .ToDictionaryAsync(c => c.Stage, c => c.OutputJson, ct);
        }

        var parameters = GenerationParams.Parse(video.ParamsJson);
        var workDirectory = media.GetWorkDirectory(video.Id);
        for (var index = 0; index < _stages.Count; index++)
        {
            var stage = _stages[index];
            if (outputs.ContainsKey(stage.Name)) continue;
            ct.ThrowIfCancellationRequested();

            var progress = new StageProgress(this, taskId, video.Id, channel.Id, index, _stages.Count);
            var context = new StageContext(video, channel, parameters, workDirectory, outputs, progress);
            var check = await budget.CheckAsync(video.Id, channel, stage, context, ct);
            if (!check.Allowed)
            {
                throw new GenerationException("over_budget", check.Message, isTransient: false);
            }

            await EnterStageAsync(taskId, video.Id, channel.Id, stage, index, ct);
            var outcome = await stage.RunAsync(context, ct);
            video = await CompleteStageAsync(taskId, video.Id, channel, stage, outcome, ct);
            outputs[stage.Name] = outcome.OutputJson;
        }

        await FinishReadyAsync(taskId, video.Id, channel.Id);
    }

    private async Task<string> ActionOfAsync(Guid taskId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.GenerationTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => t.Action).FirstAsync();
    }

    private async Task RunHandlerAsync(Guid taskId, ITaskHandler handler, CancellationToken ct)
    {
        var startedAt = time.GetUtcNow();
        var (held, started) = await WriteIfClaimedAsync(taskId, "handler start", async db =>
        {
            var task = await db.GenerationTasks.FirstAsync(t => t.Id == taskId, ct);
            var video = await db.Videos.FirstAsync(v => v.Id == task.VideoId, ct);
            task.Status = handler.RunningStatus;
            task.Stage = handler.Action;
            task.Progress = 0;
            if (video.Status != handler.RunningStatus)
            {
                video.Status = handler.RunningStatus;
                video.UpdatedAt = startedAt;
                db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = video.Id, Status = handler.RunningStatus, At = startedAt, Note = $"{handler.Action} started" });
            }
            await db.SaveChangesAsync(ct);
            return (Task: task, video.ChannelId);
        }, ct);
        if (!held) throw new ClaimLostException();
        var channelId = started.ChannelId;
        events.Publish(new TaskChanged(startedAt, taskId, started.Task.VideoId, channelId, handler.RunningStatus.ToWire(), handler.Action, 0, started.Task.CostUsd, "stage_started"));

        var progress = new StageProgress(this, taskId, started.Task.VideoId, channelId, 0, 1);
        var (status, note) = await handler.RunAsync(started.Task, progress, ct);

        var now = time.GetUtcNow();
        var (stillHeld, done) = await WriteIfClaimedAsync(taskId, "completion", async db =>
        {
            var task = await db.GenerationTasks.FirstAsync(t => t.Id == taskId);
            var video = await db.Videos.FirstAsync(v => v.Id == task.VideoId);
            if (task.Status == VideoStatus.Cancelled) return null;
            MarkFinished(task, status, now);
            video.Status = status;
            video.UpdatedAt = now;
            db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = video.Id, Status = status, At = now, Note = note });
            await db.SaveChangesAsync();
            return task;
        }, CancellationToken.None);
        if (!stillHeld || done is null) return;
        LogStatusNote(taskId, done.VideoId, status.ToWire(), note);
        metrics.TaskFinished(handler.Action, status.ToWire());
        events.Publish(new TaskChanged(now, taskId, done.VideoId, channelId, status.ToWire(), null, 100, done.CostUsd, "completed"));
    }

    private async Task WaitForQuotaAsync(Guid taskId, DateTimeOffset retryAfter, string message)
    {
        var now = time.GetUtcNow();
        var (held, waiting) = await WriteIfClaimedAsync(taskId, "quota wait", async db =>
        {
            var task = await db.GenerationTasks.FirstAsync(t => t.Id == taskId);
            if (task.Status.IsFinal()) return ((GenerationTask Task, long ChannelId)?)null;
            var video = await db.Videos.FirstAsync(v => v.Id == task.VideoId);
            task.Status = VideoStatus.Queued;
            task.ClaimedBy = null;
            // Waiting for the quota is not a failed attempt.
            task.Attempts = Math.Max(0, task.Attempts - 1);
            task.NextAttemptAt = retryAfter;
            task.LastError = $"quota_exceeded: {message}";
            task.FailureReason = "quota_exceeded";
            var waitingStatus = _handlers.TryGetValue(task.Action, out var h) ? h.FailedVideoStatus : VideoStatus.Queued;
            video.Status = waitingStatus;
            db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = video.Id, Status = waitingStatus, At = now, Note = $"Waiting for the YouTube quota to reset at {retryAfter:u}" });
            await db.SaveChangesAsync();
            return (Task: task, video.ChannelId);
        }, CancellationToken.None);
        if (!held || waiting is not var (task, channelId)) return;
        await scheduler.ScheduleAsync(task, retryAfter, CancellationToken.None);
        LogQuotaWait(taskId, retryAfter);
        events.Publish(new TaskChanged(now, taskId, task.VideoId, channelId, VideoStatus.Queued.ToWire(), task.Stage, task.Progress, task.CostUsd, "waiting_quota"));
    }

    private async Task EnterStageAsync(Guid taskId, long videoId, long channelId, IGenerationStage stage, int index, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var percent = index * 100 / _stages.Count;
        var (held, costUsd) = await WriteIfClaimedAsync(taskId, $"start of stage {stage.Name}", async db =>
        {
            var task = await db.GenerationTasks.FirstAsync(t => t.Id == taskId, ct);
            var video = await db.Videos.FirstAsync(v => v.Id == videoId, ct);
            if (task.CancelRequested || task.Status == VideoStatus.Cancelled) throw new OperationCanceledException();
            task.Stage = stage.Name;
            task.Progress = percent;
            task.Status = stage.Status;
            if (video.Status != stage.Status)
            {
                video.Status = stage.Status;
                video.UpdatedAt = now;
                db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = videoId, Status = stage.Status, At = now, Note = $"Stage {stage.Name} started" });
            }
            await db.SaveChangesAsync(ct);
            return task.CostUsd;
        }, ct);
        if (!held) throw new ClaimLostException();
        LogStage(taskId, videoId, stage.Name);
        events.Publish(new TaskChanged(now, taskId, videoId, channelId, stage.Status.ToWire(), stage.Name, percent, costUsd, "stage_started"));
    }

    private async Task<Video> CompleteStageAsync(Guid taskId, long videoId, Channel channel, IGenerationStage stage, StageOutcome outcome, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (held, written) = await WriteIfClaimedAsync(taskId, $"checkpoint of stage {stage.Name}", db => WriteCheckpointAsync(db, taskId, videoId, channel, stage, outcome, now), CancellationToken.None);
        // The checkpoint and its costs belong to whoever holds the claim: a stale run must not add a second set.
        if (!held) throw new ClaimLostException();
        var (video, stageCost, alert) = written;

        metrics.StageCompleted(stage.Name, outcome.WallSeconds);
        metrics.CostRecorded(stage.Name, stageCost);
        events.Publish(new CostAdded(now, videoId, channel.Id, stage.Name, stageCost, video.CostUsd));
        if (alert)
        {
            LogBudgetAlert(videoId, video.CostUsd, channel.BudgetAlertUsd, channel.BudgetCapUsd);
            events.Publish(new BudgetAlert(now, videoId, channel.Id, video.CostUsd, channel.BudgetAlertUsd, channel.BudgetCapUsd));
        }
        return video;
    }

    private static async Task<(Video Video, decimal StageCost, bool Alert)> WriteCheckpointAsync(
        AppDbContext db, Guid taskId, long videoId, Channel channel, IGenerationStage stage, StageOutcome outcome, DateTimeOffset now)
    {
        var task = await db.GenerationTasks.FirstAsync(t => t.Id == taskId, CancellationToken.None);
        var video = await db.Videos.FirstAsync(v => v.Id == videoId, CancellationToken.None);
        var entries = outcome.Costs.Select(line => new CostEntry
        {
            VideoId = videoId,
            ChannelId = channel.Id,
            TaskId = taskId,
            Stage = stage.Name,
            Provider = line.Provider,
            Units = line.Units,
            Unit = line.Unit,
            UnitPriceUsd = line.UnitPriceUsd,
            AmountUsd = line.AmountUsd,
            CreatedAt = now,
        }).ToList();
        var stageCost = entries.Sum(e => e.AmountUsd);
        db.CostEntries.AddRange(entries);
        db.StageCheckpoints.Add(new StageCheckpoint
        {
            VideoId = videoId,
            Stage = stage.Name,
            OutputJson = outcome.OutputJson,
            CpuSeconds = outcome.CpuSeconds,
            WallSeconds = outcome.WallSeconds,
            CostUsd = stageCost,
            CompletedAt = now,
        });
        video.CostUsd += stageCost;
        task.CostUsd += stageCost;
        if (outcome.Title is not null) video.Title = outcome.Title;
        if (outcome.Description is not null) video.Description = outcome.Description;
        if (outcome.Tags is not null) video.Tags = [.. outcome.Tags];
        if (outcome.DurationSeconds is not null) video.DurationSeconds = outcome.DurationSeconds;
        if (outcome.ContentScore is not null) video.ContentScore = outcome.ContentScore;
        var alert = !video.BudgetAlerted && video.CostUsd >= channel.BudgetAlertUsd && channel.BudgetAlertUsd > 0;
        if (alert) video.BudgetAlerted = true;
        video.UpdatedAt = now;
        await db.SaveChangesAsync(CancellationToken.None);
        return (video, stageCost, alert);
    }

    /// <summary>A task that ended well: its final status, no stage or claim left, no error.</summary>
    private static void MarkFinished(GenerationTask task, VideoStatus status, DateTimeOffset now)
    {
        task.Status = status;
        task.Stage = null;
        task.Progress = 100;
        task.FinishedAt = now;
        task.ClaimedBy = null;
        task.LastError = null;
        task.FailureReason = null;
    }

    private async Task FinishReadyAsync(Guid taskId, long videoId, long channelId)
    {
        var now = time.GetUtcNow();
        var (held, costs) = await WriteIfClaimedAsync(taskId, "completion", async db =>
        {
            var task = await db.GenerationTasks.FirstAsync(t => t.Id == taskId);
            var video = await db.Videos.FirstAsync(v => v.Id == videoId);
            if (task.Status == VideoStatus.Cancelled) return ((decimal Task, decimal Video)?)null;
            MarkFinished(task, VideoStatus.ReadyForUpload, now);
            video.Status = VideoStatus.ReadyForUpload;
            video.FailureReason = null;
            video.UpdatedAt = now;
            db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = videoId, Status = VideoStatus.ReadyForUpload, At = now, Note = $"Ready after {(now - (task.StartedAt ?? now)).TotalSeconds:0.0} s" });
            await db.SaveChangesAsync();
            return (task.CostUsd, video.CostUsd);
        }, CancellationToken.None);
        if (!held || costs is not var (taskCost, videoCost)) return;
        LogReady(taskId, videoId, videoCost);
        metrics.TaskFinished(GenerationActions.Generate, "ready");
        events.Publish(new TaskChanged(now, taskId, videoId, channelId, VideoStatus.ReadyForUpload.ToWire(), null, 100, taskCost, "completed"));
    }

    private async Task FailOrRetryAsync(Guid taskId, string reason, string message, bool transient)
    {
        var now = time.GetUtcNow();
        var (held, outcome) = await WriteIfClaimedAsync(taskId, $"failure ({reason})", async db =>
        {
            var task = await db.GenerationTasks.FirstAsync(t => t.Id == taskId);
            var video = await db.Videos.FirstAsync(v => v.Id == task.VideoId);
            if (task.Status == VideoStatus.Cancelled) return null;
            task.LastError = $"{reason}: {message}";
            task.FailureReason = reason;
            task.ClaimedBy = null;
            if (transient && task.Attempts < task.MaxAttempts)
            {
                var delay = RetryPolicy.Delay(task.Attempts, options.Value.RetryBaseSeconds, options.Value.RetryMaxSeconds);
                task.Status = VideoStatus.Queued;
                task.NextAttemptAt = now + delay;
                if (task.Action == GenerationActions.Generate) video.Status = VideoStatus.Queued;
                db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = video.Id, Status = VideoStatus.Queued, At = now, Note = $"Attempt {task.Attempts} of {task.MaxAttempts} failed ({reason}); retry in {delay.TotalSeconds:0} s" });
                await db.SaveChangesAsync();
                return new FailureOutcome(task, video.ChannelId, delay);
            }
            task.Status = VideoStatus.Failed;
            task.FinishedAt = now;
            var failedStatus = _handlers.TryGetValue(task.Action, out var handler) ? handler.FailedVideoStatus : VideoStatus.Failed;
            video.Status = failedStatus;
            video.FailureReason = reason;
            video.UpdatedAt = now;
            db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = video.Id, Status = failedStatus, At = now, Note = $"{task.Action} failed: {reason}: {message}" });
            await db.SaveChangesAsync();
            return new FailureOutcome(task, video.ChannelId, RetryIn: null);
        }, CancellationToken.None);
        if (!held || outcome is null) return;

        var (failed, channelId, retryIn) = outcome;
        if (retryIn is { } delay)
        {
            await scheduler.ScheduleAsync(failed, failed.NextAttemptAt, CancellationToken.None);
            LogRetry(taskId, failed.VideoId, reason, delay.TotalSeconds);
            metrics.TaskFinished(failed.Action, "retry", reason);
            events.Publish(new TaskChanged(now, taskId, failed.VideoId, channelId, VideoStatus.Queued.ToWire(), failed.Stage, failed.Progress, failed.CostUsd, "retry_scheduled"));
            return;
        }
        LogFailed(taskId, failed.VideoId, reason, message);
        metrics.TaskFinished(failed.Action, "failed", reason);
        events.Publish(new TaskChanged(now, taskId, failed.VideoId, channelId, VideoStatus.Failed.ToWire(), failed.Stage, failed.Progress, failed.CostUsd, "failed"));
    }

    private async Task FinishCancelledAsync(Guid taskId)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var released = await db.GenerationTasks.Where(t => t.Id == taskId && t.ClaimedBy == instance.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, (string?)null));
        if (released == 0) LogClaimLost(taskId, "cancellation");
        else LogCancelled(taskId);
    }

    private async Task ReleaseAsync(Guid taskId, string note)
    {
        var (held, released) = await WriteIfClaimedAsync(taskId, "release", async db =>
        {
            var task = await db.GenerationTasks.FirstAsync(t => t.Id == taskId);
            if (task.Status.IsFinal()) return null;
            var video = await db.Videos.FirstAsync(v => v.Id == task.VideoId);
            task.Status = VideoStatus.Queued;
            task.ClaimedBy = null;
            task.Attempts = Math.Max(0, task.Attempts - 1);
            var waiting = _handlers.TryGetValue(task.Action, out var handler) ? handler.FailedVideoStatus : VideoStatus.Queued;
            video.Status = waiting;
            db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = video.Id, Status = waiting, At = time.GetUtcNow(), Note = note });
            await db.SaveChangesAsync();
            return task;
        }, CancellationToken.None);
        if (!held || released is null) return;
        await scheduler.ScheduleAsync(released, null, CancellationToken.None);
    }

    private async Task HeartbeatAsync(Guid taskId, CancellationTokenSource cancel, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var db = await dbFactory.CreateDbContextAsync(stop);
                var held = await db.GenerationTasks.Where(t => t.Id == taskId && t.ClaimedBy == instance.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.HeartbeatAt, time.GetUtcNow()), stop);
                if (held == 0)
                {
                    // Taken over (or just released by the run's last write): stop working on it. Whatever the run
                    // writes next is refused by its claim check, which logs the loss.
                    await cancel.CancelAsync();
                    return;
                }
                var cancelled = await db.GenerationTasks.AsNoTracking().Where(t => t.Id == taskId)
                    .Select(t => t.CancelRequested || t.Status == VideoStatus.Cancelled).FirstOrDefaultAsync(stop);
                if (cancelled) await cancel.CancelAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped with the run.
        }
        catch (Exception ex)
        {
            LogHeartbeatFailed(ex, taskId);
        }
    }

    internal async Task ReportProgressAsync(Guid taskId, long videoId, long channelId, int percent)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var held = await db.GenerationTasks.Where(t => t.Id == taskId && t.ClaimedBy == instance.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Progress, percent));
        if (held == 0) return;
        var task = await db.GenerationTasks.AsNoTracking().FirstAsync(t => t.Id == taskId);
        events.Publish(new TaskChanged(time.GetUtcNow(), taskId, videoId, channelId, task.Status.ToWire(), task.Stage, percent, task.CostUsd, "progress"));
    }

    /// <summary>
    /// Runs <paramref name="write"/> only while this instance holds the task's claim. A conditional UPDATE of the
    /// claim opens the transaction; it holds the task's row lock (on SQLite, the database's write lock) until the
    /// commit, so no other worker can take the task over between the check and the write. Without the claim
    /// nothing is written and the loss is logged: a worker whose heartbeat lapsed must not overwrite what the
    /// worker that recovered the task has written since.
    /// </summary>
    private async Task<(bool Held, T Value)> WriteIfClaimedAsync<T>(Guid taskId, string write, Func<AppDbContext, Task<T>> body, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // A failed write abandons the whole transaction, so SaveChanges needs no savepoint of its own.
        db.Database.AutoSavepointsEnabled = false;
        // PostgreSQL retries transient failures: the whole unit runs again, so it re-reads everything it changes.
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var held = await db.GenerationTasks.Where(t => t.Id == taskId && t.ClaimedBy == instance.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.HeartbeatAt, time.GetUtcNow()), ct);
            if (held == 0) return (false, default(T)!);
            var value = await body(db);
            await transaction.CommitAsync(ct);
            return (true, value);
        });
        if (!result.Item1) LogClaimLost(taskId, write);
        return result;
    }

    /// <summary>What a failure wrote: the task, and the back-off when it is retried.</summary>
    private sealed record FailureOutcome(GenerationTask Task, long ChannelId, TimeSpan? RetryIn);

    /// <summary>This instance no longer holds the task's claim; the run stops without writing.</summary>
    private sealed class ClaimLostException : Exception;

    /// <summary>Maps a stage's 0..1 progress into the task's 0..100, reporting whole steps only.</summary>
    private sealed class StageProgress(GenerationRunner runner, Guid taskId, long videoId, long channelId, int index, int count) : IProgress<double>
    {
        private int _last = -1;

        public void Report(double value)
        {
            var percent = (int)Math.Round((index + Math.Clamp(value, 0, 1)) * 100 / count);
            if (percent - Volatile.Read(ref _last) < 2) return;
            Volatile.Write(ref _last, percent);
            _ = runner.ReportProgressAsync(taskId, videoId, channelId, percent);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} of video {VideoId}: {Status} ({Note})")]
    private partial void LogStatusNote(Guid taskId, long videoId, string status, string note);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} waits for the YouTube quota until {RetryAfter}")]
    private partial void LogQuotaWait(Guid taskId, DateTimeOffset retryAfter);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Task {TaskId} not claimed: taken, finished or cancelled")]
    private partial void LogNotClaimed(Guid taskId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} of video {VideoId}: stage {Stage} started")]
    private partial void LogStage(Guid taskId, long videoId, string stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} of video {VideoId}: ready_for_upload, cost {CostUsd} USD")]
    private partial void LogReady(Guid taskId, long videoId, decimal costUsd);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} of video {VideoId}: {Reason}, retry in {DelaySeconds} s")]
    private partial void LogRetry(Guid taskId, long videoId, string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} of video {VideoId}: failed ({Reason}) {Message}")]
    private partial void LogFailed(Guid taskId, long videoId, string reason, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId}: this instance no longer holds its claim (another worker took it over); its {Write} was not written")]
    private partial void LogClaimLost(Guid taskId, string write);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId}: cancelled")]
    private partial void LogCancelled(Guid taskId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Video {VideoId} crossed its budget alert: {SpentUsd} USD spent (alert {AlertUsd}, cap {CapUsd})")]
    private partial void LogBudgetAlert(long videoId, decimal spentUsd, decimal alertUsd, decimal capUsd);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task {TaskId}: unexpected failure")]
    private partial void LogUnexpected(Exception ex, Guid taskId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId}: heartbeat failed")]
    private partial void LogHeartbeatFailed(Exception ex, Guid taskId);
}
