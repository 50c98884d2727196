using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Analytics;

/// <summary>The upserts, an idempotent import and exact dashboard sums on the throwaway PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AnalyticsStorePostgresTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private AnalyticsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await AnalyticsDatabase.CreateAsync(await postgres.CreateDatabaseAsync("analytics"));

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Upserts_InsertThenUpdateThenNothing_ForEveryTable()
    {
        var channel = await _db.AddChannelAsync("Postgres channel");
        var store = _db.Get<IAnalyticsStore>();
        var day = new DateOnly(2026, 11, 1);
        ChannelDayInput[] days = [new(day, Views: 10, WatchMinutes: 1.5, EstimatedRevenueUsd: 0.123456m), new(day.AddDays(1), Views: 20)];
        VideoDayInput[] videoDays = [new("vid00000001", day, Views: 3, EstimatedRevenueUsd: 0.000001m)];
        ChannelVideoInput[] videos = [new("vid00000001", Title: "T", Tags: ["a", "b"], PublishedAt: new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero))];

        Assert.Equal(new UpsertCounts(2, 0, 0), await store.UpsertChannelDaysAsync(channel.Id, days, AnalyticsSources.YouTube));
        Assert.Equal(new UpsertCounts(1, 0, 0), await store.UpsertVideoDaysAsync(channel.Id, videoDays, AnalyticsSources.YouTube));
        Assert.Equal(new UpsertCounts(1, 0, 0), await store.UpsertChannelVideosAsync(channel.Id, videos, AnalyticsSources.YouTube));

        Assert.Equal(new UpsertCounts(0, 0, 2), await store.UpsertChannelDaysAsync(channel.Id, days, AnalyticsSources.YouTube));
        Assert.Equal(new UpsertCounts(0, 0, 1), await store.UpsertVideoDaysAsync(channel.Id, videoDays, AnalyticsSources.YouTube));
        Assert.Equal(new UpsertCounts(0, 0, 1), await store.UpsertChannelVideosAsync(channel.Id, videos, AnalyticsSources.YouTube));

        Assert.Equal(new UpsertCounts(0, 1, 1), await store.UpsertChannelDaysAsync(channel.Id, [days[0] with { Views = 11 }, days[1]], AnalyticsSources.Import));
        Assert.Equal(new UpsertCounts(0, 1, 0), await store.UpsertChannelVideosAsync(channel.Id, [videos[0] with { Tags = ["c"] }], AnalyticsSources.Import));

        await using var db = await _db.CreateContextAsync();
        var first = await db.ChannelAnalytics.SingleAsync(a => a.ChannelId == channel.Id && a.Date == day);
        Assert.Equal((11L, 1.5, 0.123456m, AnalyticsSources.Import), (first.Views, first.WatchMinutes, first.EstimatedRevenueUsd!.Value, first.Source));
        Assert.Equal(["c"], (await db.ChannelVideos.SingleAsync()).Tags);
    }

    [Fact]
    public async Task ImportTwice_AndDashboard_AreExactOnPostgres()
    {
        var channel = await _db.AddChannelAsync("Postgres import");
        var importer = _db.Get<IAnalyticsImporter>();
        const string csv = "date,views,watch_minutes,revenue\n2026-11-01,100,60,0.100001\n2026-11-02,200,30,0.200002\n";

        var first = await importer.CommitAsync(channel.Id, Csv.Stream(csv));
        var second = await importer.CommitAsync(channel.Id, Csv.Stream(csv));
        var dashboard = (await _db.Get<IAnalyticsService>().GetDashboardAsync(channel.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2)))!;

        Assert.Equal(2, first.Counts.ChannelDays.Inserted);
        Assert.Equal(new UpsertCounts(0, 0, 2), second.Counts.ChannelDays);
        Assert.Equal(300m, dashboard.Kpis.Views.Value);
        Assert.Equal(0.300003m, dashboard.Kpis.RevenueUsd.Value);
        Assert.Equal(1.5m, dashboard.Kpis.WatchHours.Value);
    }

    [Fact]
    public async Task Demo_LoadsRefreshesAndRemovesOnPostgres()
    {
        var demo = _db.Get<IDemoDataService>();

        var first = await demo.LoadDemoChannelAsync();
        var second = await demo.LoadDemoChannelAsync();

        Assert.Equal((true, false, first.ChannelId), (first.Created, second.Created, second.ChannelId));
        await using (var db = await _db.CreateContextAsync())
        {
            Assert.Equal(365, await db.ChannelAnalytics.CountAsync(a => a.ChannelId == first.ChannelId));
            Assert.Equal(second.VideoDays, await db.VideoAnalytics.CountAsync());
            Assert.Equal(second.CostEntries, await db.CostEntries.CountAsync());
        }
        var dashboard = (await _db.Get<IAnalyticsService>().GetDashboardAsync(first.ChannelId, first.From, first.To))!;
        Assert.True(dashboard.Kpis.RevenueUsd.Value > 0 && dashboard.Kpis.CostUsd.Value > 0);

        Assert.True(await demo.RemoveDemoAsync());
        await using var after = await _db.CreateContextAsync();
        Assert.Equal(0, await after.Channels.CountAsync());
        Assert.Equal(0, await after.VideoAnalytics.CountAsync());
    }
}
