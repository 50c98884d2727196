using System.Collections.Concurrent;

namespace YouTubeStudio.Tests.Generation.Queue;

/// <summary>What the test stages did, in order, across every app instance of a test: thread-safe, shared by the test.</summary>
public sealed class StageRecorder
{
    public const string Started = "started";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    private readonly ConcurrentQueue<StageRun> _runs = new();
    private long _sequence;

    public IReadOnlyList<StageRun> Runs => _runs.OrderBy(r => r.Sequence).ToList();

    public void Add(string instance, long videoId, string topic, string stage, string what) =>
        _runs.Enqueue(new StageRun(Interlocked.Increment(ref _sequence), instance, videoId, topic, stage, what));

    public int Count(long videoId, string stage, string what) =>
        _runs.Count(r => r.VideoId == videoId && r.Stage == stage && r.What == what);

    public bool Any(long videoId) => _runs.Any(r => r.VideoId == videoId);

    /// <summary>Topics in the order their first stage started.</summary>
    public IReadOnlyList<string> StartOrder(string stage) =>
        Runs.Where(r => r.Stage == stage && r.What == Started).Select(r => r.Topic).ToList();

    /// <summary>Waits until <paramref name="condition"/> holds, polling; fails with <paramref name="what"/> after the timeout.</summary>
    public async Task WaitForAsync(Func<StageRecorder, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}. Runs so far:\n{string.Join('\n', Runs)}");
            }
            await Task.Delay(20);
        }
    }
}

public sealed record StageRun(long Sequence, string Instance, long VideoId, string Topic, string Stage, string What);
