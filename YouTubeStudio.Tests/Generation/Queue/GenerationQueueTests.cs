using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using static YouTubeStudio.Tests.Generation.Queue.QueueTestApp;

namespace YouTubeStudio.Tests.Generation.Queue;

/// <summary>
/// The queue end to end (API, Quartz on SQLite, runner) with test stages: priority order, cancel,
/// automatic retry and resume, and the budget guard (DESIGN.md §4, §6).
/// </summary>
public sealed class GenerationQueueTests
{
    private const string First = "first";
    private const string Second = "second";
    private const string Third = "third";

    private readonly StageRecorder _recorder = new();
    private readonly SemaphoreSlim _gate = new(0);

    [Fact]
    public async Task Queue_WithOneWorker_RunsHigherPrioritiesFirstAndEqualPrioritiesOldestFirst()
    {
        using var app = Create([Stage(First, BlockTopic("blocker")), Stage(Second)]);
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin);
        var (blockerTask, _) = await SubmitAsync(admin, channel, "blocker");
        await _recorder.WaitForAsync(r => r.StartOrder(First).Contains("blocker"), "the blocker to hold the only worker");

        var submitted = new List<Guid>();
        foreach (var (topic, priority) in new[] { ("low-1", "low"), ("normal-1", "normal"), ("high-1", "high"), ("low-2", "low"), ("high-2", "high"), ("normal-2", "normal") })
        {
            submitted.Add((await SubmitAsync(admin, channel, topic, priority)).TaskId);
        }
        _gate.Release();

        foreach (var task in submitted.Prepend(blockerTask)) await WaitForStatusAsync(admin, task, "ready_for_upload");
        Assert.Equal(["blocker", "high-1", "high-2", "normal-1", "normal-2", "low-1", "low-2"], _recorder.StartOrder(First));
    }

    [Fact]
    public async Task Cancel_OfAQueuedTask_RemovesItSoItNeverRuns()
    {
        using var app = Create([Stage(First, BlockTopic("blocker")), Stage(Second)]);
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin);
        var (blockerTask, _) = await SubmitAsync(admin, channel, "blocker");
        await _recorder.WaitForAsync(r => r.StartOrder(First).Contains("blocker"), "the blocker to start");
        var (task, video) = await SubmitAsync(admin, channel, "cancel me while queued");

        using var cancel = await admin.PostAsync($"/api/v1/videos/{video}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        _gate.Release();
        // A later task of the same priority runs after the cancelled one would have: once it is done, the cancelled one had its chance.
        var (after, _) = await SubmitAsync(admin, channel, "submitted after the cancel");
        await WaitForStatusAsync(admin, blockerTask, "ready_for_upload");
        await WaitForStatusAsync(admin, after, "ready_for_upload");

        var cancelled = await GetTaskAsync(admin, task);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(0, cancelled.GetProperty("attempts").GetInt32());
        Assert.False(_recorder.Any(video), $"The cancelled video ran: {string.Join(", ", _recorder.Runs.Where(r => r.VideoId == video))}");
    }

    [Fact]
    public async Task Cancel_OfARunningTask_StopsTheStageKeepsEarlierWorkAndNeverResumes()
    {
        var secondStarted = 0;
        using var app = Create([
            Stage(First),
            Stage(Second, async (context, ct) =>
            {
                if (context.Video.Topic != "long running") return;
                Interlocked.Increment(ref secondStarted);
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            }),
            Stage(Third)]);
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin);
        var (task, video) = await SubmitAsync(admin, channel, "long running");
        await _recorder.WaitForAsync(r => r.Count(video, Second, StageRecorder.Started) == 1, "the second stage to start");

        using var cancel = await admin.PostAsync($"/api/v1/videos/{video}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        await _recorder.WaitForAsync(r => r.Count(video, Second, StageRecorder.Cancelled) == 1, "the running stage to observe the cancel", TimeSpan.FromSeconds(10));
        var state = await WaitForStatusAsync(admin, task, "cancelled");
        Assert.Equal("cancelled", state.GetProperty("failure_reason").GetString());
        var (checkpoints, costs) = await LedgerAsync(app, video);
        Assert.Equal(new Dictionary<string, int> { [First] = 1 }, checkpoints);
        Assert.Equal(new Dictionary<string, int> { [First] = 1 }, costs);
        Assert.True(File.Exists(Path.Combine(app.StorageRoot, "media", video.ToString(System.Globalization.CultureInfo.InvariantCulture), "first.txt")), "The first stage's artifact was removed.");

        // Neither a recovery pass (as after a restart) nor later work brings it back.
        await app.Services.GetRequiredService<GenerationRecovery>().RecoverAsync(singleInstance: true, CancellationToken.None);
        var (later, _) = await SubmitAsync(admin, channel, "submitted after the cancel");
        await WaitForStatusAsync(admin, later, "ready_for_upload");
        Assert.Equal("cancelled", (await GetTaskAsync(admin, task)).GetProperty("status").GetString());
        Assert.Equal(1, Volatile.Read(ref secondStarted));
        Assert.Equal(0, _recorder.Count(video, Third, StageRecorder.Started));
    }

    [Fact]
    public async Task TransientFailure_IsRetriedAutomaticallyWithoutRunningOrPayingForEarlierStagesAgain()
    {
        var failures = 0;
        using var app = Create([
            Stage(First),
            Stage(Second, (_, _) => Interlocked.Increment(ref failures) == 1
                ? throw new GenerationException("voice_error", "The voice engine was busy.", isTransient: true)
                : Task.CompletedTask),
            Stage(Third)]);
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin);

        var (task, video) = await SubmitAsync(admin, channel, "flaky once");
        var done = await WaitForStatusAsync(admin, task, "ready_for_upload", "failed");

        Assert.Equal("ready_for_upload", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("attempts").GetInt32());
        Assert.Equal(1, _recorder.Count(video, First, StageRecorder.Started));
        Assert.Equal(2, _recorder.Count(video, Second, StageRecorder.Started));
        Assert.Equal(1, _recorder.Count(video, Third, StageRecorder.Started));
        var (checkpoints, costs) = await LedgerAsync(app, video);
        Assert.Equal(new Dictionary<string, int> { [First] = 1, [Second] = 1, [Third] = 1 }, checkpoints);
        Assert.Equal(new Dictionary<string, int> { [First] = 1, [Second] = 1, [Third] = 1 }, costs);
        Assert.Equal(3 * TestStage.CostPerRunUsd, done.GetProperty("cost_usd").GetDecimal());
        await using var db = await DbAsync(app);
        var history = await db.VideoStatusChanges.Where(h => h.VideoId == video).OrderBy(h => h.Id).Select(h => h.Note).ToListAsync();
        Assert.Contains(history, note => note != null && note.Contains("voice_error", StringComparison.Ordinal) && note.Contains("retry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TransientFailure_OfAHighPriorityTask_IsRetriedAfterItsBackoffBeforeQueuedLowPriorityTasks()
    {
        var failures = 0;
        using var app = Create([
            Stage(First, async (context, ct) =>
            {
                switch (context.Video.Topic)
                {
                    case "blocker":
                        await _gate.WaitAsync(ct);
                        break;
                    case "high" when Interlocked.Increment(ref failures) == 1:
                        throw new GenerationException("voice_error", "The voice engine was busy.", isTransient: true);
                    case var topic when topic.StartsWith("low-", StringComparison.Ordinal):
                        // Each low task outlasts the high task's back-off (0.2 s in tests) several times over.
                        await Task.Delay(TimeSpan.FromSeconds(1), ct);
                        break;
                }
            }),
            Stage(Second)]);
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin);
        var (blockerTask, _) = await SubmitAsync(admin, channel, "blocker");
        await _recorder.WaitForAsync(r => r.StartOrder(First).Contains("blocker"), "the blocker to hold the only worker");

        var (highTask, _) = await SubmitAsync(admin, channel, "high", "high");
        var lows = new List<Guid>();
        for (var i = 1; i <= 4; i++) lows.Add((await SubmitAsync(admin, channel, $"low-{i}", "low")).TaskId);
        _gate.Release();

        foreach (var task in lows.Prepend(highTask).Prepend(blockerTask)) await WaitForStatusAsync(admin, task, "ready_for_upload");
        var order = _recorder.StartOrder(First).ToList();
        var firstTry = order.IndexOf("high");
        var retry = order.LastIndexOf("high");
        Assert.True(firstTry == 1 && retry > firstTry, $"Expected the high task to run right after the blocker and again later: {string.Join(", ", order)}");
        // Once its back-off is over the retry competes in the high band again: at most the low task that
        // took the worker during the back-off runs before it.
        Assert.True(retry - firstTry <= 2, $"The retried high task waited behind queued low tasks: {string.Join(", ", order)}");
        Assert.Equal(2, (await GetTaskAsync(admin, highTask)).GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task PermanentFailure_FailsAtOnceWithItsReasonAndRetryResumesAtTheFailedStage()
    {
        var calls = 0;
        using var app = Create([
            Stage(First),
            Stage(Second, (_, _) => Interlocked.Increment(ref calls) == 1
                ? throw new GenerationException("render_error", "The renderer refused scene 2.", isTransient: false)
                : Task.CompletedTask),
            Stage(Third)]);
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin);
        var (task, video) = await SubmitAsync(admin, channel, "fails for good once");

        var failed = await WaitForStatusAsync(admin, task, "failed", "ready_for_upload");

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(1, failed.GetProperty("attempts").GetInt32());
        Assert.Equal("render_error", failed.GetProperty("failure_reason").GetString());
        Assert.Equal("render_error: The renderer refused scene 2.", failed.GetProperty("last_error").GetString());
        Assert.Equal(0, _recorder.Count(video, Third, StageRecorder.Started));

        using var retry = await admin.PostAsync($"/api/v1/videos/{video}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var done = await WaitForStatusAsync(admin, task, "ready_for_upload", "failed");

        Assert.Equal("ready_for_upload", done.GetProperty("status").GetString());
        Assert.Equal(1, _recorder.Count(video, First, StageRecorder.Started));
        Assert.Equal(2, _recorder.Count(video, Second, StageRecorder.Started));
        Assert.Equal(1, _recorder.Count(video, Third, StageRecorder.Started));
        var (checkpoints, costs) = await LedgerAsync(app, video);
        Assert.Equal(new Dictionary<string, int> { [First] = 1, [Second] = 1, [Third] = 1 }, checkpoints);
        Assert.Equal(new Dictionary<string, int> { [First] = 1, [Second] = 1, [Third] = 1 }, costs);
    }

    [Fact]
    public async Task Budget_WithAZeroCap_FailsTheVideoAsOverBudgetWithTheNumbersBeforeAnyStageRuns()
    {
        using var app = Create([Stage(First), Stage(Second)]);
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin, alertUsd: 0m, capUsd: 0m);

        var (task, video) = await SubmitAsync(admin, channel, "no money at all");
        var failed = await WaitForStatusAsync(admin, task, "failed", "ready_for_upload");

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal("over_budget", failed.GetProperty("failure_reason").GetString());
        var message = failed.GetProperty("last_error").GetString()!;
        Assert.StartsWith("over_budget: Stage first would cost about 0.", message, StringComparison.Ordinal);
        Assert.Contains("0 USD is already spent and the cap is 0 USD per video", message, StringComparison.Ordinal);
        Assert.Equal(1, failed.GetProperty("attempts").GetInt32());
        Assert.False(_recorder.Any(video));
        using var fetched = await admin.GetAsync($"/api/v1/videos/{video}");
        var body = await fetched.ReadJsonAsync();
        Assert.Equal("failed", body.GetProperty("status").GetString());
        Assert.Equal("over_budget", body.GetProperty("failure_reason").GetString());
    }

    [Fact]
    public async Task Budget_AboveTheAlertButWithinTheCap_CompletesFlagsTheVideoAndPublishesABudgetAlert()
    {
        using var app = Create([Stage(First), Stage(Second)]);
        var alerts = new ConcurrentQueue<BudgetAlert>();
        using var subscription = app.Services.GetRequiredService<IEventBroadcaster>().Subscribe(e =>
        {
            if (e is BudgetAlert alert) alerts.Enqueue(alert);
            return Task.CompletedTask;
        });
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin, alertUsd: 0.0005m, capUsd: 100m);

        var (task, video) = await SubmitAsync(admin, channel, "spends past the alert");
        var done = await WaitForStatusAsync(admin, task, "ready_for_upload", "failed");

        Assert.Equal("ready_for_upload", done.GetProperty("status").GetString());
        await using (var db = await DbAsync(app))
        {
            Assert.True(await db.Videos.Where(v => v.Id == video).Select(v => v.BudgetAlerted).FirstAsync());
        }
        await _recorder.WaitForAsync(_ => !alerts.IsEmpty, "the BudgetAlert event", TimeSpan.FromSeconds(5));
        var published = Assert.Single(alerts);
        Assert.Equal(video, published.VideoId);
        Assert.Equal(channel, published.ChannelId);
        Assert.Equal(0.001m, published.SpentUsd);
        Assert.Equal(0.0005m, published.AlertUsd);
        Assert.Equal(100m, published.CapUsd);
    }

    private StudioAppFactory Create(IGenerationStage[] stages) => QueueTestApp.Create(stages);

    private TestStage Stage(string name, Func<StageContext, CancellationToken, Task>? body = null) =>
        new(name, name switch { First => VideoStatus.Scripting, Second => VideoStatus.Voicing, _ => VideoStatus.Rendering }, _recorder, "A", body);

    /// <summary>The video with this topic waits for the test's gate; the others pass.</summary>
    private Func<StageContext, CancellationToken, Task> BlockTopic(string topic) =>
        (context, ct) => context.Video.Topic == topic ? _gate.WaitAsync(ct) : Task.CompletedTask;
}
