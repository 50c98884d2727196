using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using YouTubeStudio.Core.Events;
using static YouTubeStudio.Bench.Bench.BenchReport;

namespace YouTubeStudio.Bench.Bench;

/// <summary>
/// <c>circuits</c>: many browsers watching the live Queue page at once.
/// <code>
/// dotnet run -c Release --project YouTubeStudio.Bench -- circuits [--circuits 200] [--updates 10] [--renderers 16]
/// </code>
/// The app runs in this process (no-op pipeline, one task at a time); headless Chromium opens <c>--circuits</c> tabs on
/// <c>/queue</c>, each its own Blazor circuit, after five warm-up tabs. Memory per circuit is the growth of the app's
/// live managed heap (after a full compacting collection) and of the process working set, divided by the circuits.
/// Then <c>--updates</c> videos are queued one after another through the API; every <c>TaskChanged</c> event's time is
/// taken in the server and every tab marks, with a MutationObserver, when the row with that video and status appears.
/// Update latency is DOM time minus event time, per tab and event; it includes the queue page's 250 ms coalescing of
/// event bursts, the database reload, the render diff, the WebSocket and the browser's own work, all on the same cores.
/// </summary>
internal static class CircuitsCommand
{
    private const int WarmUpTabs = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var circuits = Option(args, "--circuits", 200);
        var updates = Option(args, "--updates", 10);
        var renderers = Option(args, "--renderers", 16);
        var rows = new List<(string Figure, string Value, string Note)>();
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"circuits: {circuits} tabs on /queue, {updates} queued videos, {renderers} renderer processes; {Environment.ProcessorCount} cores");

        using var app = new BenchApp(noOpPipeline: true, concurrency: 1, CircuitCounter.Register);
        app.Start();
        var counter = app.Services.GetRequiredService<CircuitCounter>();
        var (http, email) = await BenchClient.SignInAsync(app);
        using var _ = http;
        var channel = await BenchClient.CreateChannelAsync(http);
        for (var i = 0; i < 5; i++) await BenchClient.SubmitAsync(http, channel, $"already done {i}");
        await BenchClient.WaitForReadyAsync(app, 5, TimeSpan.FromMinutes(2));

        var events = new ConcurrentDictionary<(long Video, string Status), long>();
        using var subscription = app.Services.GetRequiredService<IEventBroadcaster>().Subscribe(e =>
        {
            if (e is TaskChanged changed) events.TryAdd((changed.VideoId, changed.Status), changed.At.ToUnixTimeMilliseconds());
            return Task.CompletedTask;
        });

        var (playwright, browser) = await Chromium.LaunchAsync(renderers);
        try
        {
            var state = await Chromium.SignInAsync(browser, app.BaseAddress, email, BenchClient.Password);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), StorageState = state, ViewportSize = new() { Width = 1280, Height = 800 } });
            context.SetDefaultTimeout(180_000);
            await context.AddInitScriptAsync(Chromium.RowObserverScript);

            var warmUp = await OpenTabsAsync(context, WarmUpTabs, counter, 0);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var heapBefore = LiveHeapBytes();
            var workingSetBefore = WorkingSet();

            var opening = Stopwatch.StartNew();
            var tabs = await OpenTabsAsync(context, circuits, counter, WarmUpTabs);
            var openSeconds = opening.Elapsed.TotalSeconds;
            await Task.Delay(TimeSpan.FromSeconds(5));
            var heapAfter = LiveHeapBytes();
            var workingSetAfter = WorkingSet();
            Console.WriteLine($"  {counter.Open} circuits open");

            rows.Add(("circuits open", $"{counter.Open}", $"{circuits} measured + {WarmUpTabs} warm-up tabs, opened in {openSeconds:0} s"));
            rows.Add(("managed heap per circuit", Kb((heapAfter - heapBefore) / (double)circuits), $"live heap {Mb(heapBefore)} → {Mb(heapAfter)}"));
            rows.Add(("working set per circuit", Kb((workingSetAfter - workingSetBefore) / (double)circuits), $"process {Mb(workingSetBefore)} → {Mb(workingSetAfter)}"));

            var renderLags = new ConcurrentQueue<double>();
            using var listener = new MeterListener();
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "studio_live_update_lag") l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => renderLags.Enqueue(seconds * 1000));
            listener.Start();

            var measured = new List<long>();
            var serverCpu = TimeSpan.Zero;
            var browserCpu = TimeSpan.Zero;
            for (var i = 0; i < updates; i++)
            {
                var (serverBefore, browserBefore) = (ServerCpu(), BrowserCpu());
                var (_, video) = await BenchClient.SubmitAsync(http, channel, $"watched {i}");
                measured.Add(video);
                await WaitUntilSeenAsync(tabs, events, video, "ready_for_upload", TimeSpan.FromSeconds(120));
                serverCpu += ServerCpu() - serverBefore;
                browserCpu += BrowserCpu() - browserBefore;
            }

            var latencies = new List<double>();
            var missed = 0;
            var rowsReplaced = 0L;
            var allTabs = tabs.Concat(warmUp).ToList();
            foreach (var tab in allTabs)
            {
                var seen = await SeenAsync(tab);
                rowsReplaced += await tab.EvaluateAsync<long>("() => window.__rowsReplaced");
                foreach (var video in measured)
                {
                    foreach (var ((v, status), at) in events.Where(e => e.Key.Video == video))
                    {
                        if (seen.TryGetValue($"{v}:{status}", out var dom)) latencies.Add(dom - at);
                    }
                    if (!seen.ContainsKey($"{video}:ready_for_upload")) missed++;
                }
            }
            listener.Dispose();
            rows.Add(("server re-render lag p50", Ms(Percentile(renderLags, 0.50)), $"event → page re-rendered on the server (studio_live_update_lag), {renderLags.Count} renders"));
            rows.Add(("server re-render lag p99", Ms(Percentile(renderLags, 0.99)), "the same, its tail"));
            rows.Add(("update latency p50", Ms(Percentile(latencies, 0.50)), $"event → row in the DOM, {latencies.Count} samples ({allTabs.Count} tabs × {updates} videos × statuses shown)"));
            rows.Add(("update latency p95", Ms(Percentile(latencies, 0.95)), "includes the page's 250 ms coalescing of event bursts"));
            rows.Add(("update latency p99", Ms(Percentile(latencies, 0.99)), ""));
            rows.Add(("app CPU per queued video", Ms(serverCpu.TotalMilliseconds / updates), "this process (app and bench) from submit until every tab shows it ready"));
            rows.Add(("browser CPU per queued video", Ms(browserCpu.TotalMilliseconds / updates), "all Chromium processes, same span (the load generator's own cost)"));
            rows.Add(("table rows replaced per tab", $"{rowsReplaced / (double)allTabs.Count:0.0}", "tr elements the page removed from the table (0 when rows are updated in place)"));
            rows.Add(("final states missed", $"{missed}", "tabs × videos whose ready_for_upload row never appeared"));

            await context.CloseAsync();
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }

        Print(rows);
        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    /// <summary>Opens <paramref name="count"/> tabs on /queue, ten at a time, each waiting for its circuit to render.</summary>
    private static async Task<List<IPage>> OpenTabsAsync(IBrowserContext context, int count, CircuitCounter counter, int alreadyOpen)
    {
        var tabs = new ConcurrentBag<IPage>();
        using var gate = new SemaphoreSlim(10);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var page = await Chromium.OpenQueueAsync(context);
                await page.Locator("[data-testid=task-row]").First.WaitForAsync();
                tabs.Add(page);
            }
            finally
            {
                gate.Release();
            }
        }));
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (counter.Open < alreadyOpen + count && DateTime.UtcNow < deadline) await Task.Delay(200);
        return [.. tabs];
    }

    /// <summary>
    /// Waits for the server's event, then checks the tabs every two seconds (not faster: asking 200 tabs costs the
    /// browser and this process CPU that would inflate the latency being measured).
    /// </summary>
    private static async Task WaitUntilSeenAsync(List<IPage> tabs, ConcurrentDictionary<(long Video, string Status), long> events, long video, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!events.ContainsKey((video, status)) && DateTime.UtcNow < deadline) await Task.Delay(50);
        var key = $"{video}:{status}";
        var pending = tabs.ToList();
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(2000);
            var still = new List<IPage>();
            foreach (var tab in pending)
            {
                if (!await tab.EvaluateAsync<bool>("key => key in window.__seen", key)) still.Add(tab);
            }
            pending = still;
        }
    }

    private static TimeSpan ServerCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static TimeSpan BrowserCpu()
    {
        var total = TimeSpan.Zero;
        foreach (var process in Process.GetProcessesByName("chromium"))
        {
            using (process)
            {
                try
                {
                    total += process.TotalProcessorTime;
                }
                catch (InvalidOperationException)
                {
                    // exited meanwhile
                }
            }
        }
        return total;
    }

    private static async Task<Dictionary<string, long>> SeenAsync(IPage tab)
    {
        var json = await tab.EvaluateAsync<string>("() => JSON.stringify(window.__seen)");
        return JsonSerializer.Deserialize<Dictionary<string, long>>(json) ?? [];
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static string Kb(double bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024:0} KB");
}
