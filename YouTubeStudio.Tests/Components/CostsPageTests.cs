using Bunit;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Web.Components.Pages.Costs;
using YouTubeStudio.Web.Components.Shared;

namespace YouTubeStudio.Tests.Components;

public sealed class CostsPageTests : MudTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public CostsPageTests() => UseStudioServices();

    [Fact]
    public void NothingSpent_ShowsTheEmptyState()
    {
        var cut = Render<CostsPage>();

        cut.WaitForAssertion(() => Assert.Contains("No spending in this period", cut.Find("[data-testid=empty-state]").TextContent), Wait);
        Assert.Empty(cut.FindAll("[data-testid=chart-day]"));
        Assert.Empty(cut.FindAll("[data-testid=cost-table]"));
    }

    [Fact]
    public async Task Totals_AreTheSumOfTheEntriesInTheLast30Days()
    {
        var tech = await this.ChannelAsync("Tech Daily", cap: 3.00m);
        var kitchen = await this.ChannelAsync("Kitchen Science", cap: 1.00m);
        var a = await this.QueueVideoAsync(tech.Id, "Why batteries degrade");
        var b = await this.QueueVideoAsync(kitchen.Id, "The science of sourdough");
        var now = Time.GetUtcNow();
        await this.AddCostAsync(a, "script", 0.012345m, now.AddDays(-1));
        await this.AddCostAsync(a, "assembly", 0.000055m, now);
        await this.AddCostAsync(b, "voice", 0.250000m, now.AddDays(-29));
        await this.AddCostAsync(b, "voice", 9.000000m, now.AddDays(-31)); // outside the default period

        var cut = Render<CostsPage>();

        const decimal expected = 0.012345m + 0.000055m + 0.250000m;
        cut.WaitForAssertion(() => Assert.Equal(Format.Usd(expected), cut.Find("[data-testid=kpi-total] [data-testid=kpi-value]").TextContent.Trim()), Wait);
        Assert.Equal("$0.2624", Format.Usd(expected));
        Assert.Equal("2", cut.Find("[data-testid=kpi-videos] [data-testid=kpi-value]").TextContent.Trim());
        Assert.Equal(Format.Usd(expected / 2), cut.Find("[data-testid=kpi-average] [data-testid=kpi-value]").TextContent.Trim());
        Assert.Equal("voice", cut.Find("[data-testid=kpi-stage] [data-testid=kpi-value]").TextContent.Trim());
        var amounts = cut.FindAll("[data-testid=cost-amount]").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([Format.Usd(0.25m), Format.Usd(0.0124m)], amounts);
    }

    [Fact]
    public async Task Charts_DrawTheDailyLineTheStageDonutAndTheChannelBars()
    {
        var tech = await this.ChannelAsync("Tech Daily");
        var kitchen = await this.ChannelAsync("Kitchen Science");
        var a = await this.QueueVideoAsync(tech.Id, "Why batteries degrade");
        var b = await this.QueueVideoAsync(kitchen.Id, "The science of sourdough");
        await this.AddCostAsync(a, "script", 0.02m, Time.GetUtcNow().AddDays(-2));
        await this.AddCostAsync(b, "voice", 0.01m);

        var cut = Render<CostsPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=chart-day] svg path.mud-chart-line")), Wait);
        Assert.Equal(2, cut.FindAll("[data-testid=chart-stage] svg path.mud-chart-serie").Count);
        Assert.Equal(2, cut.FindAll("[data-testid=chart-channel] svg path.mud-chart-bar, [data-testid=chart-channel] svg rect.mud-chart-bar, [data-testid=chart-channel] svg .mud-chart-serie").Count);
        Assert.Contains("Tech Daily", cut.Find("[data-testid=chart-channel]").TextContent);
    }

    [Fact]
    public async Task ChannelNames_InTheChartAndTables_AreText_NeverMarkup()
    {
        var channel = await this.ChannelAsync("Kitchen <b>Science</b> <img src=x onerror=alert(1)>");
        var videoId = await this.QueueVideoAsync(channel.Id, "Sourdough <i>rises</i>");
        await this.AddCostAsync(videoId, "script", 0.01m);

        var cut = Render<CostsPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=cost-row]")), Wait);
        Assert.DoesNotContain(cut.FindAll("b, img, i"), e => e.TextContent.Contains("Science") || e.TextContent.Contains("rises") || e.TagName == "IMG");
        Assert.Contains("Kitchen <b>Science</b>", cut.Find("[data-testid=chart-channel] svg").TextContent);
        Assert.Contains("Kitchen <b>Science</b>", cut.Find("[data-testid=channel-breakdown]").TextContent);
        Assert.Contains("Sourdough <i>rises</i>", cut.Find("[data-testid=cost-row]").TextContent);
    }

    [Fact]
    public async Task VideoOverItsAlert_IsFlaggedInTheTable()
    {
        var channel = await this.ChannelAsync("Tech Daily", alert: 0.01m, cap: 0.02m);
        var over = await this.QueueVideoAsync(channel.Id, "Too expensive");
        var under = await this.QueueVideoAsync(channel.Id, "Cheap enough");
        await this.AddCostAsync(over, "script", 0.015m);
        await this.AddCostAsync(under, "script", 0.001m);

        var cut = Render<CostsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=cost-row]").Count), Wait);
        var flagged = Assert.Single(cut.FindAll("[data-testid=over-alert]"));
        Assert.Equal("75%", flagged.TextContent.Trim());
        Assert.Contains("Too expensive", flagged.Closest("tr")!.TextContent);
    }

    [Fact]
    public async Task CostAdded_RefreshesTheTotals()
    {
        var channel = await this.ChannelAsync("Tech Daily");
        var videoId = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        await this.AddCostAsync(videoId, "script", 0.01m);
        var cut = Render<CostsPage>();
        cut.WaitForAssertion(() => Assert.Equal("$0.0100", cut.Find("[data-testid=kpi-total] [data-testid=kpi-value]").TextContent.Trim()), Wait);

        await this.AddCostAsync(videoId, "voice", 0.02m);
        Get<IEventBroadcaster>().Publish(new CostAdded(Time.GetUtcNow(), videoId, channel.Id, "voice", 0.02m, 0.03m));

        cut.WaitForAssertion(() => Assert.Equal("$0.0300", cut.Find("[data-testid=kpi-total] [data-testid=kpi-value]").TextContent.Trim()), Wait);
    }
}
