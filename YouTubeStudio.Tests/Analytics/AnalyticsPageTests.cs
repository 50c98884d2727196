using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Web.Components.Pages.Analytics;
using YouTubeStudio.Web.Components.Shared.Analytics;

namespace YouTubeStudio.Tests.Analytics;

/// <summary>The Analytics page rendered by bunit over the real services on SQLite with known rows.</summary>
public sealed class AnalyticsPageTests : BunitContext, IAsyncLifetime
{
    private AnalyticsDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AnalyticsDatabase.CreateAsync(now: new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(_db.Time as TimeProvider);
        Services.AddSingleton(_db.Get<IAnalyticsService>());
        Services.AddSingleton(_db.Get<IAnalyticsImporter>());
        Services.AddSingleton(_db.Get<IDemoDataService>());
        Services.AddSingleton(_db.Get<IChannelService>());
        Services.AddSingleton(_db.Get<YouTubeStudio.Core.Events.IEventBroadcaster>());
        Services.AddSingleton(_db.Get<Microsoft.Extensions.Options.IOptions<AnalyticsImportOptions>>());
        var auth = AddAuthorization();
        auth.SetAuthorized("manager@example.test");
        auth.SetRoles(Roles.Manager);
        auth.SetPolicies(Policies.CanRead, Policies.CanEdit);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Page_WithKnownRows_ShowsTheSumsAndOneLinePerChartSeries()
    {
        var channel = await _db.AddChannelAsync("Known");
        var today = new DateOnly(2026, 11, 25);
        await _db.Get<IAnalyticsStore>().UpsertChannelDaysAsync(channel.Id,
        [
            new ChannelDayInput(today, Views: 1234, WatchMinutes: 90, SubscribersGained: 9, SubscribersLost: 2, EstimatedRevenueUsd: 12.5m),
            new ChannelDayInput(today.AddDays(-3), Views: 1000, WatchMinutes: 30, SubscribersGained: 1, SubscribersLost: 0, EstimatedRevenueUsd: 2.25m),
            new ChannelDayInput(today.AddDays(-30), Views: 1117, WatchMinutes: 60),
        ], AnalyticsSources.Import);

        Render<MudPopoverProvider>();
        var page = Render<AnalyticsPage>();

        page.WaitForAssertion(() => Assert.Equal("2,234", page.Find("[data-testid=kpi-views-value]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Equal("2.0", page.Find("[data-testid=kpi-watch_hours-value]").TextContent.Trim());
        Assert.Equal("+8", page.Find("[data-testid=kpi-net_subscribers-value]").TextContent.Trim());
        Assert.Equal("$14.75", page.Find("[data-testid=kpi-revenue-value]").TextContent.Trim());
        Assert.Contains("+100 %", page.Find("[data-testid=kpi-views-change]").TextContent);
        foreach (var chart in new[] { "chart-views", "chart-watch-hours" })
        {
            Assert.Single(page.FindAll($"[data-testid={chart}] svg path.mud-chart-line"));
        }
        Assert.Equal(2, page.FindAll("[data-testid=chart-revenue-cost] svg path.mud-chart-line").Count);
        Assert.NotEmpty(page.FindAll("[data-testid=chart-subscribers] svg path"));
        Assert.Contains("Known", page.Find("[data-testid=channel-comparison]").TextContent);
    }

    [Fact]
    public void Page_WithoutAnalytics_OffersDemoAndImport()
    {
        Render<MudPopoverProvider>();
        var page = Render<AnalyticsPage>();

        page.WaitForAssertion(() => Assert.Contains("No analytics yet", page.Find("[data-testid=empty-state]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("Load demo channel", page.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public async Task Page_WhenAnImportIsCommitted_ReRendersWithoutPolling()
    {
        var channel = await _db.AddChannelAsync("Live");
        Render<MudPopoverProvider>();
        var page = Render<AnalyticsPage>();
        page.WaitForAssertion(() => Assert.Contains("No analytics yet", page.Find("[data-testid=empty-state]").TextContent), TimeSpan.FromSeconds(10));

        // Another circuit (or the API) imports: the page hears AnalyticsRefreshed and reloads.
        await _db.Get<IAnalyticsImporter>().CommitAsync(channel.Id, Csv.Stream("date,views\n2026-11-24,321\n2026-11-25,100\n"));

        page.WaitForAssertion(() => Assert.Equal("421", page.Find("[data-testid=kpi-views-value]").TextContent.Trim()), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void KpiCards_GivenKpis_ShowArrowsColouredByDirection()
    {
        var kpis = new DashboardKpis(new Kpi(150, 100), new Kpi(1.5m, 3m), new Kpi(-2, 4), new Kpi(10m, 5m), new Kpi(2m, 1m), new Kpi(4m, 4m));

        var cards = Render<AnalyticsKpiCards>(p => p.Add(c => c.Kpis, kpis).Add(c => c.Days, 7));

        Assert.Equal("150", cards.Find("[data-testid=kpi-views-value]").TextContent.Trim());
        Assert.Contains("+50 %", cards.Find("[data-testid=kpi-views-change]").TextContent);
        Assert.Contains("-50 %", cards.Find("[data-testid=kpi-watch_hours-change]").TextContent);
        Assert.Contains("mud-success-text", cards.Find("[data-testid=kpi-views-change]").InnerHtml);
        Assert.Contains("mud-error-text", cards.Find("[data-testid=kpi-watch_hours-change]").InnerHtml);
        // More generation cost is bad news: red although it went up.
        Assert.Contains("mud-error-text", cards.Find("[data-testid=kpi-cost-change]").InnerHtml);
        Assert.Equal("400 %", cards.Find("[data-testid=kpi-roi-value]").TextContent.Trim());
    }
}
