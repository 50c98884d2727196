using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace YouTubeStudio.Tests.Browser;

public sealed partial class StudioBrowserTests
{
    [Fact, Step(6)]
    public Task Costs_AfterAFinishedVideo_ShowsTheChartsAndATotalAboveZero() => AsAdminAsync(async page =>
    {
        Assert.True(app.VideoId is not null, "Needs the video finished by step 4.");
        await page.OpenAsync("/costs");

        var total = page.Locator("[data-testid=kpi-total] [data-testid=kpi-value]");
        await Expect(total).ToBeVisibleAsync();
        var text = await total.InnerTextAsync();
        var amount = decimal.Parse(text.TrimStart('$').Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(amount > 0, $"The total spend reads {text}.");

        await Expect(page.Locator("[data-testid=chart-day] svg path.mud-chart-line").First).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=chart-stage] svg path").First).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=chart-channel] svg path.mud-chart-bar").First).ToBeAttachedAsync();
        Assert.True(await page.Locator("[data-testid=chart-stage] svg path").CountAsync() >= 2, "The per-stage donut should show several stages.");
        await Expect(page.Locator("[data-testid=cost-row]", new() { HasTextString = $"#{app.VideoId}" })).ToHaveCountAsync(1);
    });

    [Fact, Step(7)]
    public Task Analytics_LoadTheDemoChannel_ChartsAndDashboardKpisRender() => AsAdminAsync(async page =>
    {
        await page.OpenAsync("/analytics");
        await page.Locator("[data-testid=load-demo]").ClickAsync();
        var confirm = page.Locator(".mud-dialog", new() { HasTextString = "Load the demo channel?" });
        await Expect(confirm).ToBeVisibleAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Load demo" }).ClickAsync();

        await Expect(page.Locator("[data-testid=demo-banner]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("[data-testid=analytics-kpis]")).ToBeVisibleAsync();
        foreach (var chart in new[] { "chart-views", "chart-watch-hours", "chart-revenue-cost" })
        {
            await Expect(page.Locator($"[data-testid={chart}] svg path.mud-chart-line").First).ToBeVisibleAsync();
        }
        await Expect(page.Locator("[data-testid=chart-subscribers] svg .mud-chart-bar, [data-testid=chart-subscribers] svg path.mud-chart-bar").First).ToBeAttachedAsync();
        var lines = await page.Locator("[data-testid^=chart-] svg path.mud-chart-line").CountAsync();
        Assert.True(lines >= 3, $"Expected several chart lines, found {lines}.");

        await page.OpenAsync("/");
        foreach (var kpi in new[] { "kpi-channels", "kpi-ready", "kpi-queue", "kpi-spend" })
        {
            await Expect(page.Locator($"[data-testid={kpi}] [data-testid=kpi-value]")).ToBeVisibleAsync();
        }
        await Expect(page.Locator("[data-testid=kpi-channels] [data-testid=kpi-value]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ / 2$"));
        await Expect(page.Locator("[data-testid=kpi-ready] [data-testid=kpi-value]")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=chart-produced] svg path.mud-chart-bar").First).ToBeAttachedAsync();
    });
}
