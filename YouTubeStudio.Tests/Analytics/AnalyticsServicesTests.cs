using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Events;

namespace YouTubeStudio.Tests.Analytics;

/// <summary>Import, store, demo channel and dashboard on a real SQLite database (a file in a temporary folder).</summary>
public sealed class AnalyticsServicesTests : IAsyncLifetime
{
    private AnalyticsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await AnalyticsDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private const string DailyCsv = """
        date,views,watch_minutes,subscribers_gained,subscribers_lost,revenue
        2026-11-01,1200,300.5,12,2,4.25
        2026-11-02,800,200,5,1,2.125
        2026-11-03,-1,200,5,1,2
        """;

    [Fact]
    public async Task Commit_SameFileTwice_SecondTimeChangesNothing()
    {
        var channel = await _db.AddChannelAsync("Imports");
        var importer = _db.Get<IAnalyticsImporter>();
        var events = new List<StudioEvent>();
        using var _ = _db.Get<IEventBroadcaster>().Subscribe(e => { lock (events) events.Add(e); return Task.CompletedTask; });

        var preview = await importer.PreviewAsync(channel.Id, Csv.Stream(DailyCsv));
        var first = await importer.CommitAsync(channel.Id, Csv.Stream(DailyCsv));
        var rowsAfterFirst = await SnapshotAsync(channel.Id);
        var second = await importer.CommitAsync(channel.Id, Csv.Stream(DailyCsv));

        Assert.False(preview.Committed);
        Assert.Equal(new UpsertCounts(2, 0, 0), preview.Counts.ChannelDays);
        Assert.Single(preview.Parsed.Errors);
        Assert.True(first.Committed);
        Assert.Equal(new UpsertCounts(2, 0, 0), first.Counts.ChannelDays);
        Assert.Equal(new UpsertCounts(0, 0, 2), second.Counts.ChannelDays);
        Assert.Equal(rowsAfterFirst, await SnapshotAsync(channel.Id));
        Assert.Equal(["1200|300.5|12|2|4.25|import", "800|200|5|1|2.125|import"], rowsAfterFirst);
        await WaitForAsync(() => events.OfType<AnalyticsRefreshed>().Any(e => e.ChannelId == channel.Id && e.Rows == 2));
    }

    [Fact]
    public async Task Commit_PartialFile_UpdatesOnlyTheColumnsItHas()
    {
        var channel = await _db.AddChannelAsync("Partial");
        var importer = _db.Get<IAnalyticsImporter>();
        await importer.CommitAsync(channel.Id, Csv.Stream(DailyCsv));

        var result = await importer.CommitAsync(channel.Id, Csv.Stream("Date,Views\n2026-11-01,1300\n2026-11-02,800\n2026-11-04,10\n"));

        Assert.Equal(new UpsertCounts(1, 1, 1), result.Counts.ChannelDays);
        Assert.Equal(["1300|300.5|12|2|4.25|import", "800|200|5|1|2.125|import", "10|0|0|0||import"], await SnapshotAsync(channel.Id));
    }

    [Fact]
    public async Task Import_UnknownOrDemoChannel_IsRefused()
    {
        var demo = await _db.AddChannelAsync("Demo", isDemo: true);
        var importer = _db.Get<IAnalyticsImporter>();

        Assert.Equal(ImportFailure.UnknownChannel, (await importer.PreviewAsync(999_999, Csv.Stream(DailyCsv))).Failure);
        Assert.Equal(ImportFailure.DemoChannel, (await importer.CommitAsync(demo.Id, Csv.Stream(DailyCsv))).Failure);
        await using var db = await _db.CreateContextAsync();
        Assert.Equal(0, await db.ChannelAnalytics.CountAsync());
    }

    [Fact]
    public async Task VideoDays_OfAnotherChannel_AreRefusedNotMoved()
    {
        var a = await _db.AddChannelAsync("A");
        var b = await _db.AddChannelAsync("B");
        var store = _db.Get<IAnalyticsStore>();
        var day = new DateOnly(2026, 11, 1);
        await store.UpsertVideoDaysAsync(a.Id, [new VideoDayInput("vid00000001", day, Views: 5)], AnalyticsSources.YouTube);

        var counts = await store.UpsertVideoDaysAsync(b.Id, [new VideoDayInput("vid00000001", day, Views: 9)], AnalyticsSources.Import);

        Assert.Equal(new UpsertCounts(0, 0, 0, 1), counts);
        await using var db = await _db.CreateContextAsync();
        var row = await db.VideoAnalytics.SingleAsync();
        Assert.Equal((a.Id, 5L), (row.ChannelId, row.Views));
    }

    [Fact]
    public async Task Dashboard_EqualsTheSumsOfTheStoredRows_WithPreviousPeriodAndRoi()
    {
        var channel = await _db.AddChannelAsync("Known");
        var other = await _db.AddChannelAsync("Other");
        var demo = await _db.AddChannelAsync("Demo", isDemo: true);
        var store = _db.Get<IAnalyticsStore>();
        static DateOnly D(int month, int day) => new(2026, month, day);
        await store.UpsertChannelDaysAsync(channel.Id,
        [
            new ChannelDayInput(D(11, 1), Views: 100, WatchMinutes: 60, SubscribersGained: 5, SubscribersLost: 1, EstimatedRevenueUsd: 1.234567m),
            new ChannelDayInput(D(11, 2), Views: 250, WatchMinutes: 120.5, SubscribersGained: 7, SubscribersLost: 0, EstimatedRevenueUsd: 2.5m),
            new ChannelDayInput(D(11, 4), Views: 50, WatchMinutes: 30, SubscribersGained: 1, SubscribersLost: 2),
            // Previous period: 2026-10-25 .. 2026-10-31.
            new ChannelDayInput(D(10, 28), Views: 200, WatchMinutes: 90, SubscribersGained: 3, SubscribersLost: 1, EstimatedRevenueUsd: 1m),
            // Outside both periods.
            new ChannelDayInput(D(10, 24), Views: 99_999, EstimatedRevenueUsd: 999m),
            new ChannelDayInput(D(11, 8), Views: 99_999, EstimatedRevenueUsd: 999m),
        ], AnalyticsSources.Import);
        await store.UpsertChannelDaysAsync(other.Id, [new ChannelDayInput(D(11, 2), Views: 10, WatchMinutes: 6, EstimatedRevenueUsd: 0.01m)], AnalyticsSources.Import);
        await store.UpsertChannelDaysAsync(demo.Id, [new ChannelDayInput(D(11, 2), Views: 1_000_000, EstimatedRevenueUsd: 5000m)], AnalyticsSources.Demo);
        await store.UpsertChannelVideosAsync(channel.Id, [new ChannelVideoInput("vid00000001", Title: "First"), new ChannelVideoInput("vid00000002", Title: "Second")], AnalyticsSources.Import);
        await store.UpsertVideoDaysAsync(channel.Id,
        [
            new VideoDayInput("vid00000001", D(11, 1), Views: 40, WatchMinutes: 12, EstimatedRevenueUsd: 0.1m),
            new VideoDayInput("vid00000001", D(11, 2), Views: 30, EstimatedRevenueUsd: 0.05m),
            new VideoDayInput("vid00000002", D(11, 3), Views: 60, EstimatedRevenueUsd: 0.2m),
            new VideoDayInput("vid00000002", D(10, 30), Views: 1000),
        ], AnalyticsSources.Import);
        await _db.AddCostAsync(channel.Id, 0.5m, new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
        await _db.AddCostAsync(channel.Id, 0.25m, new DateTimeOffset(2026, 11, 7, 23, 59, 0, TimeSpan.Zero));
        await _db.AddCostAsync(channel.Id, 1m, new DateTimeOffset(2026, 10, 30, 8, 0, 0, TimeSpan.Zero));
        await _db.AddCostAsync(demo.Id, 7m, new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

        var service = _db.Get<IAnalyticsService>();
        var d = (await service.GetDashboardAsync(channel.Id, D(11, 1), D(11, 7)))!;

        Assert.Equal((D(10, 25), D(10, 31)), (d.PreviousFrom, d.PreviousTo));
        Assert.True(d.HasData);
        Assert.Equal(new Kpi(400, 200), d.Kpis.Views);
        Assert.Equal(1m, d.Kpis.Views.ChangeRatio);
        Assert.Equal((decimal)(210.5 / 60), d.Kpis.WatchHours.Value);
        Assert.Equal(1.5m, d.Kpis.WatchHours.Previous);
        Assert.Equal(new Kpi(10, 2), d.Kpis.NetSubscribers);
        Assert.Equal(4m, d.Kpis.NetSubscribers.ChangeRatio);
        Assert.Equal(new Kpi(3.734567m, 1m), d.Kpis.RevenueUsd);
        Assert.Equal(new Kpi(0.75m, 1m), d.Kpis.CostUsd);
        Assert.Equal(-0.25m, d.Kpis.CostUsd.ChangeRatio);
        Assert.Equal(Math.Round((3.734567m - 0.75m) / 0.75m, 6), d.Kpis.Roi.Value);
        Assert.Equal(0m, d.Kpis.Roi.Previous);

        Assert.Equal(7, d.Daily.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => D(11, i)), d.Daily.Select(p => p.Date));
        Assert.Equal([100L, 250, 0, 50, 0, 0, 0], d.Daily.Select(p => p.Views));
        Assert.Equal([4L, 7, 0, -1, 0, 0, 0], d.Daily.Select(p => p.NetSubscribers));
        Assert.Equal([1.234567m, 2.5m, 0, 0, 0, 0, 0], d.Daily.Select(p => p.RevenueUsd));
        Assert.Equal([0m, 0.5m, 0, 0, 0, 0, 0.25m], d.Daily.Select(p => p.CostUsd));
        Assert.Equal(d.Kpis.Views.Value, d.Daily.Sum(p => p.Views));
        Assert.Equal(d.Kpis.RevenueUsd.Value, d.Daily.Sum(p => p.RevenueUsd));
        Assert.Equal(3.734567m, d.CostVsRevenue[^1].CumulativeRevenueUsd);
        Assert.Equal(0.75m, d.CostVsRevenue[^1].CumulativeCostUsd);

        Assert.Equal([("vid00000001", "First", 70L, 0.15m), ("vid00000002", "Second", 60L, 0.2m)],
            d.TopVideos.Select(v => (v.YouTubeVideoId, v.Title, v.Views, v.RevenueUsd)));
        var only = Assert.Single(d.Channels);
        Assert.Equal((channel.Id, 400L, 3.734567m, 0.75m), (only.ChannelId, only.Views, only.RevenueUsd, only.CostUsd));

        // All channels: the real ones, never the demo.
        var all = (await service.GetDashboardAsync(null, D(11, 1), D(11, 7)))!;
        Assert.Equal(410m, all.Kpis.Views.Value);
        Assert.Equal(3.744567m, all.Kpis.RevenueUsd.Value);
        Assert.Equal(0.75m, all.Kpis.CostUsd.Value);
        Assert.Equal([channel.Id, other.Id], all.Channels.Select(c => c.ChannelId));
        Assert.DoesNotContain(all.Channels, c => c.IsDemo);

        Assert.Null(await service.GetDashboardAsync(999_999, D(11, 1), D(11, 7)));
    }

    [Fact]
    public async Task VideoSeries_FillsEveryDayOfTheRange()
    {
        var channel = await _db.AddChannelAsync("Series");
        var store = _db.Get<IAnalyticsStore>();
        await store.UpsertChannelVideosAsync(channel.Id, [new ChannelVideoInput("vid00000001", Title: "First", DurationSeconds: 61)], AnalyticsSources.Import);
        await store.UpsertVideoDaysAsync(channel.Id, [new VideoDayInput("vid00000001", new DateOnly(2026, 11, 2), Views: 40, WatchMinutes: 30)], AnalyticsSources.Import);

        var series = (await _db.Get<IAnalyticsService>().GetVideoSeriesAsync(channel.Id, "vid00000001", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)))!;

        Assert.Equal([0L, 40, 0], series.Daily.Select(p => p.Views));
        Assert.Equal(("First", 40L, 0.5), (series.Video.Title, series.Video.Views, series.Video.WatchHours));
        Assert.Null(await _db.Get<IAnalyticsService>().GetVideoSeriesAsync(channel.Id, "nope", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)));
    }

    [Fact]
    public async Task Demo_HasAYearOfDeterministicDataOnlyOnTheDemoChannel()
    {
        var real = await _db.AddChannelAsync("Real");
        var demo = _db.Get<IDemoDataService>();

        var first = await demo.LoadDemoChannelAsync();
        var totalsFirst = await TotalsAsync(first.ChannelId);
        var again = await demo.LoadDemoChannelAsync();
        var totalsAgain = await TotalsAsync(again.ChannelId);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.ChannelId, again.ChannelId);
        Assert.Equal((365, 60, 12), (first.ChannelDays, first.Videos, first.GeneratedVideos));
        Assert.Equal((new DateOnly(2025, 11, 26), new DateOnly(2026, 11, 25)), (first.From, first.To));
        Assert.Equal(totalsFirst, totalsAgain);

        await using var db = await _db.CreateContextAsync();
        var channel = await db.Channels.SingleAsync(c => c.Id == first.ChannelId);
        Assert.True(channel.IsDemo);
        Assert.Equal(IDemoDataService.DemoChannelName, channel.Name);
        Assert.Equal(365, await db.ChannelAnalytics.CountAsync(a => a.ChannelId == channel.Id));
        Assert.Equal(365, await db.ChannelAnalytics.Where(a => a.ChannelId == channel.Id).Select(a => a.Date).Distinct().CountAsync());
        Assert.Equal(60, await db.ChannelVideos.CountAsync(v => v.ChannelId == channel.Id));
        Assert.Equal(first.VideoDays, await db.VideoAnalytics.CountAsync(a => a.ChannelId == channel.Id));
        Assert.Equal(first.CostEntries, await db.CostEntries.CountAsync(c => c.ChannelId == channel.Id));
        Assert.Equal(12, await db.ChannelVideos.CountAsync(v => v.ChannelId == channel.Id && v.VideoId != null));
        Assert.All(await db.ChannelAnalytics.Where(a => a.ChannelId == channel.Id).ToListAsync(), a =>
        {
            Assert.Equal(AnalyticsSources.Demo, a.Source);
            Assert.True(a.Views > 0 && a.WatchMinutes > 0 && a.EstimatedRevenueUsd > 0);
        });
        Assert.Equal(0, await db.ChannelAnalytics.CountAsync(a => a.ChannelId == real.Id));
        Assert.Equal(0, await db.VideoAnalytics.CountAsync(a => a.ChannelId != channel.Id));

        // The year has its shape: viral spikes well above the median day, weekends above weekdays.
        var views = await db.ChannelAnalytics.Where(a => a.ChannelId == channel.Id).OrderBy(a => a.Date).Select(a => new { a.Date, a.Views }).ToListAsync();
        var median = views.Select(v => v.Views).Order().ElementAt(views.Count / 2);
        Assert.True(views.Max(v => v.Views) > 3 * median);
        Assert.True(views.Where(v => v.Date.DayOfWeek == DayOfWeek.Sunday).Average(v => v.Views) > views.Where(v => v.Date.DayOfWeek == DayOfWeek.Tuesday).Average(v => v.Views));
        Assert.True(views.TakeLast(90).Average(v => v.Views) > views.Take(90).Average(v => v.Views));

        // Dashboard of the demo: revenue and cost both there, so ROI is defined.
        var dashboard = (await _db.Get<IAnalyticsService>().GetDashboardAsync(channel.Id, first.From, first.To))!;
        Assert.Equal(totalsFirst.Views, dashboard.Kpis.Views.Value);
        Assert.Equal(totalsFirst.Revenue, dashboard.Kpis.RevenueUsd.Value);
        Assert.True(dashboard.Kpis.CostUsd.Value > 0);
        Assert.NotNull(dashboard.Kpis.Roi.Value);
        Assert.Equal(25, dashboard.TopVideos.Count);

        Assert.True(await demo.RemoveDemoAsync());
        Assert.False(await demo.RemoveDemoAsync());
        await using var after = await _db.CreateContextAsync();
        Assert.Equal(0, await after.ChannelAnalytics.CountAsync());
        Assert.Equal(0, await after.VideoAnalytics.CountAsync());
        Assert.Equal(0, await after.CostEntries.CountAsync());
        Assert.Equal(["Real"], await after.Channels.Select(c => c.Name).ToListAsync());
    }

    private async Task<(long Views, decimal Revenue, long VideoViews, decimal Cost)> TotalsAsync(long channelId)
    {
        await using var db = await _db.CreateContextAsync();
        var days = await db.ChannelAnalytics.Where(a => a.ChannelId == channelId).ToListAsync();
        var videoViews = await db.VideoAnalytics.Where(a => a.ChannelId == channelId).SumAsync(a => a.Views);
        var cost = (await db.CostEntries.Where(c => c.ChannelId == channelId).Select(c => c.AmountUsd).ToListAsync()).Sum();
        return (days.Sum(d => d.Views), days.Sum(d => d.EstimatedRevenueUsd ?? 0), videoViews, cost);
    }

    private async Task<List<string>> SnapshotAsync(long channelId)
    {
        await using var db = await _db.CreateContextAsync();
        return (await db.ChannelAnalytics.Where(a => a.ChannelId == channelId).OrderBy(a => a.Date).ToListAsync())
            .Select(a => FormattableString.Invariant($"{a.Views}|{a.WatchMinutes}|{a.SubscribersGained}|{a.SubscribersLost}|{a.EstimatedRevenueUsd}|{a.Source}"))
            .ToList();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }
}
