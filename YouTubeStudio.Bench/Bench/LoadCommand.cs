using System.Collections.Concurrent;
using System.Diagnostics;
using static YouTubeStudio.Bench.Bench.BenchReport;

namespace YouTubeStudio.Bench.Bench;

/// <summary>
/// <c>load</c>: the HTTP API under many concurrent clients, on loopback Kestrel with a throwaway SQLite data folder.
/// <code>
/// dotnet run -c Release --project YouTubeStudio.Bench -- load [--seconds 20] [--readers 64] [--writers 32]
/// </code>
/// Two phases, each after a short unmeasured warm-up: channel reads (<c>GET channels</c> and <c>GET channels/{id}</c>
/// alternately) from <c>--readers</c> clients, then generate submissions (<c>POST videos/generate</c>) from
/// <c>--writers</c> clients, with the no-op pipeline draining the queue meanwhile. Each client sends its next request
/// as soon as the previous one answers (closed loop), so latency includes queueing in the server.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 20);
        var readers = Option(args, "--readers", 64);
        var writers = Option(args, "--writers", 32);
        var rows = new List<(string Figure, string Value, string Note)>();
        Console.WriteLine($"load: {seconds} s per phase, {readers} readers, {writers} writers; {Environment.ProcessorCount} cores");

        using var app = new BenchApp(noOpPipeline: true, concurrency: null);
        app.Start();
        using var http = (await BenchClient.SignInAsync(app, maxConnections: Math.Max(readers, writers))).Http;
        var channels = new List<long>();
        for (var i = 0; i < 20; i++) channels.Add(await BenchClient.CreateChannelAsync(http, $"Bench channel {i}"));

        async Task ReadAsync(int i)
        {
            var path = i % 2 == 0 ? "/api/v1/channels" : $"/api/v1/channels/{channels[i % channels.Count]}";
            using var response = await http.GetAsync(path);
            await BenchClient.EnsureAsync(response);
            await response.Content.ReadAsByteArrayAsync();
        }

        async Task WriteAsync(int i) => await BenchClient.SubmitAsync(http, channels[i % channels.Count], $"load topic {i} {Guid.NewGuid():N}");

        await PhaseAsync(readers, TimeSpan.FromSeconds(3), ReadAsync);
        var reads = await PhaseAsync(readers, TimeSpan.FromSeconds(seconds), ReadAsync);
        Add(rows, "channel reads", reads, $"{readers} clients, GET channels and channels/{{id}} (20 channels)");

        await PhaseAsync(writers, TimeSpan.FromSeconds(3), WriteAsync);
        var writes = await PhaseAsync(writers, TimeSpan.FromSeconds(seconds), WriteAsync);
        Add(rows, "generate submissions", writes, $"{writers} clients, POST videos/generate; the no-op pipeline drains the queue meanwhile");

        Print(rows);
        return reads.Errors + writes.Errors == 0 ? 0 : 1;
    }

    private sealed record PhaseResult(List<double> Latencies, int Errors, double Seconds)
    {
        public double PerSecond => Latencies.Count / Seconds;
    }

    /// <summary>Runs <paramref name="clients"/> closed loops of <paramref name="request"/> for <paramref name="duration"/>.</summary>
    private static async Task<PhaseResult> PhaseAsync(int clients, TimeSpan duration, Func<int, Task> request)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var counter = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await request(Interlocked.Increment(ref counter));
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    if (Interlocked.Increment(ref errors) <= 3) Console.Error.WriteLine($"  error: {ex.Message}");
                }
            }
        })));
        return new PhaseResult([.. latencies], errors, clock.Elapsed.TotalSeconds);
    }

    private static void Add(List<(string Figure, string Value, string Note)> rows, string name, PhaseResult result, string note)
    {
        rows.Add(($"{name} p50", Ms(Percentile(result.Latencies, 0.50)), note));
        rows.Add(($"{name} p99", Ms(Percentile(result.Latencies, 0.99)), ""));
        rows.Add(($"{name} throughput", $"{result.PerSecond:0} req/s", $"{result.Latencies.Count} answered in {result.Seconds:0.0} s, {result.Errors} errors"));
    }
}
