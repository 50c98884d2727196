using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Web.Jobs;
using static YouTubeStudio.Tests.Generation.Queue.QueueTestApp;

namespace YouTubeStudio.Tests.Generation.Queue;

/// <summary>
/// A worker writes a task only while it holds the task's claim (DESIGN.md §4: no task runs twice). Here the
/// worker's claim is taken over while its stage runs, as when its heartbeat lapsed and another instance
/// recovered the task: whatever the stage does next, the stale worker leaves the other worker's state alone.
/// On SQLite and on PostgreSQL, whose retrying execution strategy the guarded writes must run under.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GenerationClaimTests(PostgresServerFixture postgres)
{
    private const string First = "first";
    private const string Second = "second";
    private const string OtherWorker = "other-instance";

    private readonly StageRecorder _recorder = new();
    private readonly ConcurrentQueue<Guid> _runsEnded = new();

    /// <summary>Holds the stale worker between the take-over and its next step, so the test can read what the other worker wrote.</summary>
    private readonly SemaphoreSlim _afterTakeOver = new(0);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task StageFailure_AfterAnotherWorkerFinishedTheTask_LeavesTheTaskAndVideoAsTheOtherWorkerLeftThem(string database)
    {
        StudioAppFactory? app = null;
        var runs = 0;
        app = await CreateAsync(database, async (context, ct) =>
        {
            if (Interlocked.Increment(ref runs) > 1) return;
            await TakeOverAsync(app!, context.Video.Id, finished: true);
            // Not cancellable: the stale worker must get as far as its failure path.
            await _afterTakeOver.WaitAsync(CancellationToken.None);
            throw new GenerationException("voice_error", "The voice engine was busy.", isTransient: true);
        });
        using (app)
        {
            using var admin = await AdminAsync(app);
            var channel = await CreateChannelAsync(admin);
            var (taskId, videoId) = await SubmitAsync(admin, channel, "taken over, then fails");
            var expected = await SnapshotAfterTakeOverAsync(app, taskId);
            _afterTakeOver.Release();

            await WaitUntilRunEndedAsync(taskId);

            Assert.Equal(expected, await SnapshotAsync(app, taskId));
            // The run's own trigger may not be cleaned up yet; a retry would wait on a release trigger.
            var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.False(await scheduler.Exists(new TriggerKey(taskId.ToString(), QuartzTaskScheduler.ReleaseGroup)), "The stale worker scheduled a retry of a finished task.");
            Assert.Equal(1, Volatile.Read(ref runs));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task StageSuccess_AfterAnotherWorkerTookTheClaim_WritesNoCheckpointOrCostAndStops(string database)
    {
        StudioAppFactory? app = null;
        app = await CreateAsync(database, async (context, ct) =>
        {
            await TakeOverAsync(app!, context.Video.Id, finished: false);
            await _afterTakeOver.WaitAsync(CancellationToken.None);
        });
        using (app)
        {
            using var admin = await AdminAsync(app);
            var channel = await CreateChannelAsync(admin);
            var (taskId, videoId) = await SubmitAsync(admin, channel, "taken over mid-stage");
            var expected = await SnapshotAfterTakeOverAsync(app, taskId);
            _afterTakeOver.Release();
            await _recorder.WaitForAsync(r => r.Count(videoId, First, StageRecorder.Completed) == 1, "the stage to complete");

            await WaitUntilRunEndedAsync(taskId);

            Assert.Equal(expected, await SnapshotAsync(app, taskId));
            var (checkpoints, costs) = await LedgerAsync(app, videoId);
            Assert.Empty(checkpoints);
            Assert.Empty(costs);
            Assert.Equal(0, _recorder.Count(videoId, Second, StageRecorder.Started));
        }
    }

    private async Task<StudioAppFactory> CreateAsync(string database, Func<StageContext, CancellationToken, Task> first)
    {
        var connectionString = database == "postgres" ? await postgres.CreateDatabaseAsync("claim") : null;
        return Create(
            [new TestStage(First, VideoStatus.Scripting, _recorder, "A", first), new TestStage(Second, VideoStatus.Voicing, _recorder, "A")],
            postgres: connectionString,
            configure: services =>
            {
                services.AddSingleton<GenerationRunner>();
                services.AddSingleton<IGenerationRunner>(sp => new ObservedRunner(sp.GetRequiredService<GenerationRunner>(), _runsEnded));
            });
    }

    /// <summary>
    /// What another instance writes when it recovers the task from this one and runs it: its own claim and, when
    /// <paramref name="finished"/>, the finished task (claim released) and video.
    /// </summary>
    private static async Task TakeOverAsync(StudioAppFactory app, long videoId, bool finished)
    {
        await using var db = await DbAsync(app);
        var task = await db.GenerationTasks.FirstAsync(t => t.VideoId == videoId);
        var video = await db.Videos.FirstAsync(v => v.Id == videoId);
        var now = DateTimeOffset.UtcNow;
        task.ClaimedBy = finished ? null : OtherWorker;
        task.HeartbeatAt = now;
        task.Status = finished ? VideoStatus.ReadyForUpload : VideoStatus.Scripting;
        task.Stage = finished ? null : First;
        task.Progress = finished ? 100 : 10;
        task.FinishedAt = finished ? now : null;
        video.Status = task.Status;
        video.UpdatedAt = now;
        db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = videoId, Status = task.Status, At = now, Note = $"{OtherWorker} took over" });
        await db.SaveChangesAsync();
    }

    /// <summary>The task as the other worker left it; read once the take-over is written, before the stale worker goes on.</summary>
    private async Task<TaskSnapshot> SnapshotAfterTakeOverAsync(StudioAppFactory app, Guid taskId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var snapshot = await SnapshotAsync(app, taskId);
            // Read again once the take-over shows: the first read may have met the task before the commit and the history after.
            if (snapshot.History.Contains($"{OtherWorker} took over", StringComparison.Ordinal)) return await SnapshotAsync(app, taskId);
            if (DateTime.UtcNow > deadline) Assert.Fail($"The take-over was not written: {snapshot}");
            await Task.Delay(10);
        }
    }

    private static async Task<TaskSnapshot> SnapshotAsync(StudioAppFactory app, Guid taskId)
    {
        await using var db = await DbAsync(app);
        var t = await db.GenerationTasks.AsNoTracking().FirstAsync(x => x.Id == taskId);
        var video = await db.Videos.AsNoTracking().FirstAsync(v => v.Id == t.VideoId);
        var history = await db.VideoStatusChanges.AsNoTracking().Where(h => h.VideoId == t.VideoId).OrderBy(h => h.Id).ToListAsync();
        return new TaskSnapshot(t.Status.ToWire(), t.Stage, t.Progress, t.Attempts, t.LastError, t.FailureReason, t.ClaimedBy,
            t.HeartbeatAt, t.FinishedAt, t.NextAttemptAt, t.CostUsd, video.Status.ToWire(), video.FailureReason,
            string.Join(" | ", history.Select(h => $"{h.Status.ToWire()}: {h.Note}")));
    }

    /// <summary>Waits until the stale worker's run of the task has ended, whatever it wrote on the way out.</summary>
    private async Task WaitUntilRunEndedAsync(Guid taskId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!_runsEnded.Contains(taskId))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The stale worker's run did not end.");
            await Task.Delay(20);
        }
    }

    /// <summary>The app's runner, telling the test when a run has returned.</summary>
    private sealed class ObservedRunner(IGenerationRunner inner, ConcurrentQueue<Guid> ended) : IGenerationRunner
    {
        public async Task RunAsync(Guid taskId, CancellationToken cancellationToken)
        {
            try
            {
                await inner.RunAsync(taskId, cancellationToken);
            }
            finally
            {
                ended.Enqueue(taskId);
            }
        }
    }

    private sealed record TaskSnapshot(
        string Status, string? Stage, int Progress, int Attempts, string? LastError, string? FailureReason, string? ClaimedBy,
        DateTimeOffset? HeartbeatAt, DateTimeOffset? FinishedAt, DateTimeOffset? NextAttemptAt, decimal CostUsd,
        string VideoStatus, string? VideoFailureReason, string History);
}
