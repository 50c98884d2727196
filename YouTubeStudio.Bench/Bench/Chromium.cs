using Microsoft.Playwright;

namespace YouTubeStudio.Bench.Bench;

/// <summary>Debian's headless Chromium through Playwright (NOTES.md), tuned to be a cheap load generator.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Marks the rows of the queue page as they appear: <c>window.__seen["video:status"] = Date.now()</c>.</summary>
    public const string RowObserverScript = """
        window.__seen = {};
        const scan = () => {
            const now = Date.now();
            for (const row of document.querySelectorAll('[data-testid=task-row]')) {
                const key = row.dataset.video + ':' + row.dataset.status;
                if (!(key in window.__seen)) window.__seen[key] = now;
            }
        };
        window.__rowsReplaced = 0;
        new MutationObserver(mutations => {
            for (const m of mutations) for (const n of m.removedNodes) if (n.nodeName === 'TR' && n.parentNode === null && m.target.nodeName === 'TBODY') window.__rowsReplaced++;
            scan();
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
        """;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(int rendererProcesses)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"This command needs Chromium at {ExecutablePath} (apt-get install -y chromium; ./test.sh installs it).");
        if (Environment.GetEnvironmentVariable("PLAYWRIGHT_NODEJS_PATH") is null
            && !File.Exists(Path.Combine(AppContext.BaseDirectory, ".playwright", "node", "linux-x64", "node"))
            && File.Exists("/usr/bin/node"))
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-extensions",
                // Every tab counts as visible: no timer throttling or renderer backgrounding skews the update latency.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
                $"--renderer-process-limit={rendererProcesses}",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>A new tab on the Queue page, returned once its circuit has taken over the prerendered page.</summary>
    public static async Task<IPage> OpenQueueAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/queue");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

    /// <summary>Signs in through the login form and returns the cookies as a storage state for new contexts.</summary>
    public static async Task<string> SignInAsync(IBrowser browser, Uri baseAddress, string email, string password)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.OrdinalIgnoreCase), new() { WaitUntil = WaitUntilState.Commit });
        return await context.StorageStateAsync();
    }
}
