using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Videos;
using static YouTubeStudio.Tests.Generation.Queue.QueueTestApp;

namespace YouTubeStudio.Tests.Generation.Queue;

/// <summary>
/// The Queue pages' shared read (real app, real SQLite): one load per change for every page that reloads because of
/// an event, never a load older than the last event, and a fresh read whenever a person asks.
/// </summary>
public sealed class QueueSnapshotsTests
{
    private readonly StageRecorder _recorder = new();
    private readonly SemaphoreSlim _gate = new(0);

    [Fact]
    public async Task GetAsync_ForTheSameFilterBetweenEvents_SharesOneLoad()
    {
        using var app = Create([new TestStage("hold", VideoStatus.Scripting, _recorder, body: (_, ct) => _gate.WaitAsync(ct))]);
        var snapshots = app.Services.GetRequiredService<QueueSnapshots>();

        var first = snapshots.GetAsync(new TaskFilter());
        var second = snapshots.GetAsync(new TaskFilter(Statuses: null, Limit: 500));
        var otherFilter = snapshots.GetAsync(new TaskFilter([VideoStatus.Failed]));

        Assert.Same(first, second);
        Assert.NotSame(first, otherFilter);
        Assert.NotSame(await first, await snapshots.LoadAsync(new TaskFilter()));
        _gate.Release(10);
    }

    [Fact]
    public async Task GetAsync_AfterATaskEvent_ReadsAgainAndSeesTheChange()
    {
        using var app = Create([new TestStage("hold", VideoStatus.Scripting, _recorder, body: (_, ct) => _gate.WaitAsync(ct))]);
        using var admin = await AdminAsync(app);
        var channel = await CreateChannelAsync(admin);
        var snapshots = app.Services.GetRequiredService<QueueSnapshots>();
        var before = await snapshots.GetAsync(new TaskFilter());
        var changed = new TaskCompletionSource();
        using var subscription = app.Services.GetRequiredService<IEventBroadcaster>().Subscribe(e =>
        {
            if (e is TaskChanged) changed.TrySetResult();
            return Task.CompletedTask;
        });

        var (task, _) = await SubmitAsync(admin, channel, "a change every page must see");
        await changed.Task.WaitAsync(WaitTimeout);
        var after = await WaitForAsync(() => snapshots.GetAsync(new TaskFilter()), s => s.Tasks.Any(t => t.Task.Id == task));

        Assert.Empty(before.Tasks);
        Assert.Contains(after.Tasks, t => t.Task.Id == task);
        Assert.True(after.Counts.Values.Sum() >= 1);
        _gate.Release(10);
    }

    [Fact]
    public async Task Invalidate_DropsTheSharedLoad()
    {
        using var app = Create([new TestStage("hold", VideoStatus.Scripting, _recorder)]);
        var snapshots = app.Services.GetRequiredService<QueueSnapshots>();
        var first = snapshots.GetAsync(new TaskFilter());
        await first;

        snapshots.Invalidate();

        Assert.NotSame(first, snapshots.GetAsync(new TaskFilter()));
    }

    /// <summary>The event invalidates on the broadcaster's own schedule; ask until it has.</summary>
    private static async Task<QueueSnapshot> WaitForAsync(Func<Task<QueueSnapshot>> get, Func<QueueSnapshot, bool> done)
    {
        var deadline = DateTime.UtcNow + WaitTimeout;
        while (true)
        {
            var snapshot = await get();
            if (done(snapshot) || DateTime.UtcNow > deadline) return snapshot;
            await Task.Delay(20);
        }
    }
}
