using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Videos;
using static YouTubeStudio.Bench.Bench.BenchReport;

namespace YouTubeStudio.Bench.Bench;

/// <summary>
/// <c>bench</c>: queue and render figures of the real app, hosted in-process on Kestrel at 127.0.0.1 with a
/// throwaway SQLite data folder.
/// <code>
/// dotnet run -c Release --project YouTubeStudio.Bench -- bench            # 1,000 submissions, 8 clients, 2 real Shorts
/// dotnet run -c Release --project YouTubeStudio.Bench -- bench --quick    # 200 submissions, 1 Short of ~15 s
/// </code>
/// Options: <c>--submissions N</c>, <c>--clients N</c>, <c>--renders N</c>.
/// <list type="bullet">
/// <item>submit latency: each <c>POST /api/v1/videos/generate</c> over loopback HTTP, N at once from the clients;</item>
/// <item>pickup latency: <c>queued_at → started_at</c> of tasks submitted one at a time to an idle queue (and, for
/// reference, the queue wait of the burst, which is mostly waiting behind the backlog);</item>
/// <item>throughput: tasks per minute through a pipeline of six no-op stages (claim, checkpoints, costs, events);</item>
/// <item>render: wall seconds of the real pipeline per minute of output video, one video at a time.</item>
/// </list>
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var submissions = Option(args, "--submissions", quick ? 200 : 1000);
        var clients = Option(args, "--clients", 8);
        var renders = Option(args, "--renders", quick ? 1 : 2);
        var pickups = quick ? 10 : 30;
        var rows = new List<(string Figure, string Value, string Note)>();
        var clock = Stopwatch.StartNew();

        Console.WriteLine($"bench: {submissions} submissions from {clients} clients, {pickups} idle pickups, {renders} real Short(s); {Environment.ProcessorCount} cores");
        using (var app = new BenchApp(noOpPipeline: true, concurrency: null))
        {
            app.Start();
            using var http = (await BenchClient.SignInAsync(app)).Http;
            var channel = await BenchClient.CreateChannelAsync(http);

            // Warm-up: JIT, EF model, connection pools; not measured.
            for (var i = 0; i < 10; i++) await BenchClient.SubmitAsync(http, channel, $"warm-up {i}");
            await BenchClient.WaitForReadyAsync(app, 10, TimeSpan.FromMinutes(1));

            var latencies = new ConcurrentBag<double>();
            var next = 0;
            var burst = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= submissions)
                {
                    var started = Stopwatch.GetTimestamp();
                    await BenchClient.SubmitAsync(http, channel, $"bench topic {Guid.NewGuid():N}");
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            })));
            var burstSeconds = burst.Elapsed.TotalSeconds;
            await BenchClient.WaitForReadyAsync(app, 10 + submissions, TimeSpan.FromMinutes(30));

            var (throughput, queueWaits) = await BurstFiguresAsync(app);
            var pickup = new List<double>();
            for (var i = 0; i < pickups; i++) pickup.Add(await IdlePickupAsync(app, http, channel, i));

            rows.Add(("submit latency p50", Ms(Percentile(latencies, 0.50)), $"{submissions} POST videos/generate, {clients} clients, loopback Kestrel"));
            rows.Add(("submit latency p99", Ms(Percentile(latencies, 0.99)), $"{submissions / burstSeconds:0} submissions/s"));
            rows.Add(("pickup latency p50", Ms(Percentile(pickup, 0.50)), $"queued_at → started_at, {pickups} tasks into an idle queue"));
            rows.Add(("pickup latency p99", Ms(Percentile(pickup, 0.99)), ""));
            rows.Add(("burst queue wait p50", Ms(Percentile(queueWaits, 0.50)), $"same, for the {submissions}-task burst (backlog)"));
            rows.Add(("burst queue wait p99", Ms(Percentile(queueWaits, 0.99)), ""));
            rows.Add(("throughput, no-op pipeline", $"{throughput:0} tasks/min", "6 checkpointed no-op stages, Generation:Concurrency = cores"));
        }

        using (var app = new BenchApp(noOpPipeline: false, concurrency: 1))
        {
            app.Start();
            using var http = (await BenchClient.SignInAsync(app)).Http;
            var channel = await BenchClient.CreateChannelAsync(http);
            object? parameters = quick ? new { target_seconds = 15 } : null;
            for (var i = 0; i < renders; i++) await BenchClient.SubmitAsync(http, channel, i % 2 == 0 ? "How bees talk with a dance" : "Why the sea is salty", parameters);
            await BenchClient.WaitForReadyAsync(app, renders, TimeSpan.FromMinutes(20));
            var (wallSeconds, videoSeconds) = await RenderFiguresAsync(app);
            rows.Add(("render time per minute of video", $"{wallSeconds / (videoSeconds / 60):0.0} s", $"{renders} real Short(s): {videoSeconds:0.0} s of video in {wallSeconds:0.0} s, one at a time"));
        }

        Print(rows);
        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    /// <summary>Submits one task to the idle queue and returns its pickup latency in milliseconds once it ran.</summary>
    private static async Task<double> IdlePickupAsync(BenchApp app, HttpClient http, long channel, int i)
    {
        var (task, _) = await BenchClient.SubmitAsync(http, channel, $"idle pickup {i}");
        while (true)
        {
            await using var db = await BenchClient.DbAsync(app);
            var row = await db.GenerationTasks.AsNoTracking().FirstAsync(t => t.Id == task);
            if (row.Status == VideoStatus.ReadyForUpload) return (row.StartedAt!.Value - row.QueuedAt).TotalMilliseconds;
            await Task.Delay(20);
        }
    }

    private static async Task<(double TasksPerMinute, List<double> QueueWaits)> BurstFiguresAsync(BenchApp app)
    {
        await using var db = await BenchClient.DbAsync(app);
        var tasks = await db.GenerationTasks.AsNoTracking().Where(t => t.StartedAt != null && t.FinishedAt != null)
            .Select(t => new { t.QueuedAt, t.StartedAt, t.FinishedAt }).ToListAsync();
        var burst = tasks.OrderBy(t => t.QueuedAt).Skip(10).ToList(); // not the warm-up
        var span = burst.Max(t => t.FinishedAt!.Value) - burst.Min(t => t.StartedAt!.Value);
        return (burst.Count / span.TotalMinutes, burst.Select(t => (t.StartedAt!.Value - t.QueuedAt).TotalMilliseconds).ToList());
    }

    private static async Task<(double WallSeconds, double VideoSeconds)> RenderFiguresAsync(BenchApp app)
    {
        await using var db = await BenchClient.DbAsync(app);
        var tasks = await db.GenerationTasks.AsNoTracking().Select(t => new { t.VideoId, t.StartedAt, t.FinishedAt }).ToListAsync();
        var durations = await db.Videos.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.DurationSeconds ?? 0);
        return (tasks.Sum(t => (t.FinishedAt!.Value - t.StartedAt!.Value).TotalSeconds), tasks.Sum(t => durations[t.VideoId]));
    }
}
