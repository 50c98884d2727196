using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace YouTubeStudio.Tests.Browser;

public sealed partial class StudioBrowserTests
{
    [Fact, Step(7)]
    public Task Analytics_LoadTheDemoChannel_ChartsAndDashboardKpisRender() => AsAdminAsync(async page =>
    {
        await page.GotoAsync("/analytics");
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

        await page.GotoAsync("/");
        await Expect(page.Locator(".studio-kpi").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=kpi-channels]")).ToHaveTextAsync("2");
    });
}
