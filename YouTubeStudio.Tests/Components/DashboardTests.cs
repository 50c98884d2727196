using Bunit;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Web.Components.Shared;
using DashboardPage = YouTubeStudio.Web.Components.Pages.Dashboard.Dashboard;

namespace YouTubeStudio.Tests.Components;

public sealed class DashboardTests : MudTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public DashboardTests() => UseStudioServices();

    [Fact]
    public void FreshInstall_WelcomesAndPointsToChannels()
    {
        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.Contains("Welcome to YouTube Studio", cut.Find("[data-testid=empty-state]").TextContent), Wait);
        Assert.Equal("/channels", cut.Find("[data-testid=first-channel]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=section-production]"));
    }

    [Fact]
    public async Task Kpis_CountChannelsVideosQueueAndThisMonthsSpend()
    {
        var tech = await this.ChannelAsync("Tech Daily", cap: 3.00m);
        await this.ChannelAsync("Paused Channel", active: false);
        var ready = await this.QueueVideoAsync(tech.Id, "Why batteries degrade");
        await this.SetStatusAsync(ready, VideoStatus.ReadyForUpload, title: "Batteries, explained");
        var running = await this.QueueVideoAsync(tech.Id, "How GPS knows where you are");
        await this.SetStatusAsync(running, VideoStatus.Rendering);
        await this.QueueVideoAsync(tech.Id, "Why the sky is blue");
        await this.AddCostAsync(ready, "script", 0.030000m);
        await this.AddCostAsync(running, "script", 0.010000m);
        await this.AddCostAsync(running, "voice", 5.000000m, Time.GetUtcNow().AddMonths(-1)); // last month

        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=section-production]")), Wait);
        string Kpi(string id) => cut.Find($"[data-testid={id}] [data-testid=kpi-value]").TextContent.Trim();
        Assert.Equal("1 / 2", Kpi("kpi-channels"));
        Assert.Equal("1", Kpi("kpi-ready"));
        Assert.Equal("2", Kpi("kpi-queue"));
        Assert.Equal(Format.Usd(0.04m), Kpi("kpi-spend"));
        Assert.Equal(Format.Usd(0.02m), Kpi("kpi-average"));
        Assert.Equal(3, cut.FindAll("[data-testid=recent-video]").Count);
        Assert.Contains("Batteries, explained", cut.Find("[data-testid=recent-videos]").TextContent);
        Assert.Equal("/queue", cut.Find("[data-testid=quick-new-video]").GetAttribute("href"));
        Assert.Equal("/channels", cut.Find("[data-testid=quick-channels]").GetAttribute("href"));
        Assert.NotEmpty(cut.FindAll("[data-testid=chart-produced] svg"));
        Assert.Contains("1 in all", cut.Find("[data-testid=chart-produced]").TextContent);
    }
}
