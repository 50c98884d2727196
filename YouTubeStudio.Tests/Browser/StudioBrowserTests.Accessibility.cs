using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace YouTubeStudio.Tests.Browser;

public sealed partial class StudioBrowserTests
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Theory, Step(8)]
    [InlineData("/Account/Login")]
    [InlineData("/")]
    [InlineData("/channels")]
    [InlineData("/queue")]
    [InlineData("/videos")]
    [InlineData("/costs")]
    [InlineData("/analytics")]
    [InlineData("/insights")]
    [InlineData("/settings")]
    [InlineData("/users")]
    public Task Accessibility_MainPage_HasNoSeriousOrCriticalAxeViolations(string path)
    {
        var anonymous = path.StartsWith("/Account/", StringComparison.Ordinal);
        Assert.True(anonymous || app.AdminStorageState is not null, "Needs the Admin registered by step 1.");
        return InPageAsync(anonymous ? null : app.AdminStorageState, async page =>
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}.");
            if (anonymous)
            {
                await Expect(page.GetByRole(AriaRole.Heading).First).ToBeVisibleAsync();
            }
            else
            {
                await page.WaitForInteractiveAsync();
                await Expect(page.Locator("[aria-label^='Loading']")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
            }

            var result = await page.RunAxe();
            var blocking = result.Violations
                .Where(v => BlockingImpacts.Contains(v.Impact))
                .Select(v => (Violation: v, Nodes: v.Nodes.Where(n => !Accepted(v.Id, string.Join(" ", n.Target))).ToList()))
                .Where(x => x.Nodes.Count > 0)
                .Select(x => x.Violation)
                .ToList();
            Assert.True(blocking.Count == 0, $"axe found on {path}:{Environment.NewLine}" + string.Join(Environment.NewLine, blocking.Select(v =>
                $"- {v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}" + string.Join(Environment.NewLine, v.Nodes.Select(n =>
                    $"    {string.Join(" ", n.Target)} :: {Trim(n.Html)}")))));
        }, $"Accessibility_{(path == "/" ? "dashboard" : path.Trim('/').Replace('/', '_'))}");
    }

    // The only accepted finding, matched by rule and exact target: MudMenu wraps ActivatorContent in its own
    // <div class="mud-menu-activator" role="button" tabindex="0">, so the notification bell's MudIconButton
    // inside it is "nested-interactive". The wrapper is MudBlazor's; the bell's button keeps its own label.
    private static bool Accepted(string rule, string target) =>
        rule == "nested-interactive" && target == ".mud-menu-activator";

    private static string Trim(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
