using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using YouTubeStudio.Core.Videos;
using static YouTubeStudio.Bench.Bench.BenchReport;

namespace YouTubeStudio.Bench.Bench;

/// <summary>
/// <c>soak</c>: continuous real generation for a while, watching the app's memory.
/// <code>
/// dotnet run -c Release --project YouTubeStudio.Bench -- soak [--minutes 15] [--sample-seconds 30] [--circuits 2]
/// </code>
/// The app runs in this process with the real pipeline (offline writer, espeak-ng, SkiaSharp, ffmpeg) making 15-second
/// Shorts; the queue is kept topped up so a task is always waiting. Meanwhile an API client reads the video list every
/// second and <c>--circuits</c> Chromium tabs watch the live Queue page, one of them replaced at every sample so
/// circuits come and go. Every <c>--sample-seconds</c> the live managed heap (after a full compacting collection), the
/// working set, threads and open file descriptors are recorded. The first fifth of the run is warm-up; over the rest
/// the medians of its first and last thirds (and the least-squares slope) tell whether memory grows. Exit code 1 when
/// the live heap grows by more than 10 % of its mean, or a video failed.
/// </summary>
internal static class SoakCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var minutes = Option(args, "--minutes", 15);
        var sampleSeconds = Option(args, "--sample-seconds", 30);
        var circuits = args.Contains("--circuits") ? Option(args, "--circuits", 0) : 2;
        var duration = TimeSpan.FromMinutes(minutes);
        Console.WriteLine($"soak: {minutes} min of real generation, sampled every {sampleSeconds} s, {circuits} live tabs; {Environment.ProcessorCount} cores");

        using var app = new BenchApp(noOpPipeline: false, concurrency: null, CircuitCounter.Register);
        app.Start();
        var (http, email) = await BenchClient.SignInAsync(app);
        using var _ = http;
        var channel = await BenchClient.CreateChannelAsync(http);
        var concurrency = Environment.ProcessorCount;

        IPlaywright? playwright = null;
        IBrowser? browser = null;
        IBrowserContext? context = null;
        var tabs = new Queue<IPage>();
        if (circuits > 0)
        {
            (playwright, browser) = await Chromium.LaunchAsync(circuits);
            var state = await Chromium.SignInAsync(browser, app.BaseAddress, email, BenchClient.Password);
            context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), StorageState = state });
            context.SetDefaultTimeout(120_000);
            for (var i = 0; i < circuits; i++) tabs.Enqueue(await Chromium.OpenQueueAsync(context));
        }

        using var stop = new CancellationTokenSource(duration);
        var submitted = 0;
        var feeder = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using (var db = await BenchClient.DbAsync(app))
                {
                    var waiting = await db.GenerationTasks.CountAsync(t => t.Status == VideoStatus.Queued);
                    for (var i = waiting; i < concurrency; i++)
                        await BenchClient.SubmitAsync(http, channel, Topics[submitted++ % Topics.Length], new { target_seconds = 15 });
                }
                await Delay(TimeSpan.FromSeconds(2), stop.Token);
            }
        });
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using (var response = await http.GetAsync("/api/v1/videos?page_size=50")) await BenchClient.EnsureAsync(response);
                await Delay(TimeSpan.FromSeconds(1), stop.Token);
            }
        });

        var samples = new List<Sample>();
        var clock = Stopwatch.StartNew();
        Console.WriteLine();
        Console.WriteLine(" minute  live heap  working set  threads  fds  ready  failed  circuits");
        while (true)
        {
            var sample = await TakeAsync(app, clock.Elapsed);
            samples.Add(sample);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $" {sample.At.TotalMinutes,6:0.0}  {Mb(sample.HeapBytes),8}  {Mb(sample.WorkingSetBytes),11}  {sample.Threads,7}  {sample.Fds,3}  {sample.Ready,5}  {sample.Failed,6}  {app.Services.GetRequiredService<CircuitCounter>().Open,8}"));
            if (clock.Elapsed >= duration) break;
            await Delay(TimeSpan.FromSeconds(sampleSeconds), stop.Token);
            if (context is not null && !stop.IsCancellationRequested)
            {
                await tabs.Dequeue().CloseAsync();
                tabs.Enqueue(await Chromium.OpenQueueAsync(context));
            }
        }
        await Task.WhenAll(feeder, reader);

        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();

        var measured = samples.Skip(samples.Count / 5).ToList();
        var heapSlope = Slope(measured, s => s.HeapBytes);
        var meanHeap = measured.Average(s => s.HeapBytes);
        // A sample catches whatever is in flight (a render, a stage's buffers), so single samples swing by several MB:
        // growth is judged on the medians of the first and last thirds of the measured window, not on two points.
        var third = Math.Max(1, measured.Count / 3);
        var firstThird = Percentile(measured.Take(third).Select(s => (double)s.HeapBytes), 0.5);
        var lastThird = Percentile(measured.TakeLast(third).Select(s => (double)s.HeapBytes), 0.5);
        var heapGrowth = lastThird - firstThird;
        var last = samples[^1];
        var rows = new List<(string Figure, string Value, string Note)>
        {
            ("videos made", $"{last.Ready}", $"{last.Failed} failed, in {clock.Elapsed.TotalMinutes:0.0} min with {concurrency} at a time"),
            ("live heap, mean", Mb(meanHeap), $"after warm-up ({measured.Count} samples from minute {measured[0].At.TotalMinutes:0.0})"),
            ("live heap, median first → last third", $"{Mb(firstThird)} → {Mb(lastThird)}", $"{heapGrowth / meanHeap:+0.0%;-0.0%} of the mean"),
            ("live heap slope", $"{heapSlope / (1024 * 1024):+0.0;-0.0} MB/h", "least squares over the measured window"),
            ("working set slope", $"{Slope(measured, s => s.WorkingSetBytes) / (1024 * 1024):+0.0;-0.0} MB/h", $"{Mb(measured[0].WorkingSetBytes)} → {Mb(last.WorkingSetBytes)}"),
            ("threads", $"{measured[0].Threads} → {last.Threads}", ""),
            ("open file descriptors", $"{measured[0].Fds} → {last.Fds}", ""),
        };
        Print(rows);
        var growing = heapGrowth > 0.10 * meanHeap;
        Console.WriteLine(growing ? "verdict: the live heap GREW over the soak" : "verdict: no memory growth");
        return growing || last.Failed > 0 ? 1 : 0;
    }

    private static readonly string[] Topics =
    [
        "How bees talk with a dance", "Why the sea is salty", "How a rainbow forms", "Why cats purr",
        "How volcanoes erupt", "Why the sky is blue", "How bread rises", "Why leaves change colour",
    ];

    private sealed record Sample(TimeSpan At, long HeapBytes, long WorkingSetBytes, int Threads, int Fds, int Ready, int Failed);

    private static async Task<Sample> TakeAsync(BenchApp app, TimeSpan at)
    {
        await using var db = await BenchClient.DbAsync(app);
        var ready = await db.GenerationTasks.CountAsync(t => t.Status == VideoStatus.ReadyForUpload);
        var failed = await db.GenerationTasks.CountAsync(t => t.Status == VideoStatus.Failed);
        var heap = LiveHeapBytes();
        using var process = Process.GetCurrentProcess();
        var fds = Directory.Exists("/proc/self/fd") ? Directory.GetFiles("/proc/self/fd").Length : -1;
        return new Sample(at, heap, process.WorkingSet64, process.Threads.Count, fds, ready, failed);
    }

    /// <summary>Least-squares slope of <paramref name="value"/> per hour.</summary>
    private static double Slope(List<Sample> samples, Func<Sample, double> value)
    {
        var xs = samples.Select(s => s.At.TotalHours).ToArray();
        var ys = samples.Select(value).ToArray();
        var mx = xs.Average();
        var my = ys.Average();
        var sxx = xs.Sum(x => (x - mx) * (x - mx));
        return sxx == 0 ? 0 : xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / sxx;
    }

    private static async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
