using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;
using YouTubeStudio.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace YouTubeStudio.Tests.Browser;

/// <summary>
/// The main journeys as a person does them, in headless Chromium against the real app. The steps run in
/// order on one app: registration first, then what needs an Admin, a channel or a finished video.
/// </summary>
[Collection(BrowserCollection.Name)]
[TestCaseOrderer(StepOrderer.TypeName, StepOrderer.AssemblyName)]
public sealed partial class StudioBrowserTests(BrowserAppFixture app, ITestOutputHelper output)
{
    private static readonly string[] WorkingStages = ["scripting", "voicing", "rendering", "assembling", "thumbnailing"];
    private static readonly string[] PipelineOrder = ["queued", .. WorkingStages, "ready_for_upload"];

    static StudioBrowserTests() => SetDefaultExpectTimeout(20_000);

    [Fact, Step(1)]
    public Task FirstRun_RegisterTheFirstAccount_BecomesAdminAndLandsSignedInOnTheDashboard() => InPageAsync(null, async page =>
    {
        var email = $"admin-{Guid.NewGuid().ToString("N")[..8]}@example.com";
        await page.GotoAsync("/Account/Register");
        await Expect(page.GetByText("This is the first account of this installation: it becomes the Admin.")).ToBeVisibleAsync();

        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(BrowserSteps.Password);
        await page.Locator("#Input\\.ConfirmPassword").FillAsync(BrowserSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.OrdinalIgnoreCase), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=logout]")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = email }).ClickAsync();
        await Expect(page.GetByText("Role: Admin")).ToBeVisibleAsync();

        app.AdminEmail = email;
        app.AdminStorageState = await page.Context.StorageStateAsync();
    });

    [Fact, Step(2)]
    public Task Channels_InvalidBudgetOrEmptyName_ShowsFieldErrorsAndKeepsTheDialogOpen() => AsAdminAsync(async page =>
    {
        await page.OpenAsync("/channels");
        await page.Locator("[data-testid=add-channel]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();

        await dialog.Field("field-name").FillAsync("Budget mistakes");
        await dialog.Field("field-alert").FillAsync("5");
        await dialog.Field("field-alert").PressAsync("Tab");
        await dialog.Field("field-cap").FillAsync("1");
        await dialog.Field("field-cap").PressAsync("Tab");
        await dialog.Locator("[data-testid=save-channel]").ClickAsync();

        await Expect(dialog.Locator("[data-testid=form-error]")).ToBeVisibleAsync();
        await Expect(dialog.Locator(".mud-input-helper-text.mud-input-error").First).ToBeVisibleAsync();
        await Expect(dialog).ToBeVisibleAsync();

        await dialog.Field("field-name").FillAsync("");
        await dialog.Locator("[data-testid=save-channel]").ClickAsync();
        await Expect(dialog.GetByText("Name is required.").Or(dialog.Locator(".mud-input-error", new() { HasTextString = "name" })).First).ToBeVisibleAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=channels-table]")).ToHaveCountAsync(0);
    });

    [Fact, Step(3)]
    public Task Channels_CreateThroughTheDialog_AppearsInTheTable() => AsAdminAsync(async page =>
    {
        var name = $"Browser Facts {Guid.NewGuid().ToString("N")[..6]}";
        await page.OpenAsync("/channels");
        await page.Locator("[data-testid=add-channel]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();

        await dialog.Field("field-name").FillAsync(name);
        await dialog.Locator("[data-testid=save-channel]").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=channels-table] tbody tr", new() { HasTextString = name })).ToHaveCountAsync(1);
        app.ChannelName = name;
    });

    [Fact, Step(4)]
    public Task Queue_NewVideo_RowMovesFromQueuedToReadyWithoutReloading() => AsAdminAsync(async page =>
    {
        Assert.True(app.ChannelName is not null, "Needs the channel created by step 3.");
        var topic = $"Why browsers test themselves {Guid.NewGuid().ToString("N")[..6]}";
        await page.OpenAsync("/queue");

        var navigations = 0;
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) navigations++; };
        // Every data-status a task row shows, in order, as the live updates re-render it.
        await page.EvaluateAsync("""
            () => {
                window.__statuses = {};
                const record = () => document.querySelectorAll('[data-testid=task-row]').forEach(row => {
                    const seen = (window.__statuses[row.dataset.video] ??= []);
                    if (seen[seen.length - 1] !== row.dataset.status) seen.push(row.dataset.status);
                });
                new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
                record();
            }
            """);

        await page.Locator("[data-testid=new-video]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator(".mud-select").First).ToContainTextAsync(app.ChannelName!);
        await dialog.Field("new-video-topic").FillAsync(topic);
        await dialog.SelectAsync("Priority", "High");
        await dialog.FieldLabelled("Length (seconds)").FillAsync("12");
        await dialog.FieldLabelled("Length (seconds)").PressAsync("Tab");
        await dialog.Locator("[data-testid=submit-video]").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        var row = page.Locator("[data-testid=task-row]", new() { HasTextString = topic });
        await Expect(row).ToHaveCountAsync(1);
        var videoId = long.Parse(await row.GetAttributeAsync("data-video") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.Locator("tr", new() { Has = row }).GetByText("high", new() { Exact = true })).ToBeVisibleAsync();

        await page.WaitForFunctionAsync(
            "id => ['ready_for_upload', 'failed', 'cancelled'].includes(document.querySelector(`[data-testid=task-row][data-video='${id}']`)?.dataset.status)",
            videoId, new() { Timeout = 150_000, PollingInterval = 250 });

        var seen = await page.EvaluateAsync<string[]>("id => window.__statuses[id] ?? []", videoId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.WriteLine($"Video #{videoId} showed: {string.Join(" → ", seen)}; main-frame navigations: {navigations}");
        var lastError = await page.Locator("[data-testid=last-error]").AllInnerTextsAsync();
        Assert.True(seen[^1] == "ready_for_upload", $"The row ended as {seen[^1]} ({string.Join(" → ", seen)}). {string.Join(" ", lastError)}");
        Assert.Contains(seen, WorkingStages.Contains);
        Assert.True(seen[0] is "queued" || WorkingStages.Contains(seen[0]), $"The row first showed {seen[0]}.");
        Assert.Equal(seen.OrderBy(s => Array.IndexOf(PipelineOrder, s)), seen);
        Assert.True(seen.Length >= 3, $"Expected the row to move through several states, saw {string.Join(" → ", seen)}.");
        Assert.Equal(0, navigations);
        app.VideoId = videoId;
    });

    [Fact, Step(5)]
    public Task Videos_OpenTheFinishedVideo_ItLoadsAndPlays() => AsAdminAsync(async page =>
    {
        Assert.True(app.VideoId is not null, "Needs the video finished by step 4.");
        await page.OpenAsync("/queue");
        await page.Locator($"[data-testid=task-row][data-video='{app.VideoId}']").ClickAsync();

        var player = page.Locator("[data-testid=details-drawer] [data-testid=video-player]");
        await Expect(player).ToBeVisibleAsync();
        await player.EvaluateAsync("v => { v.muted = true; v.preload = 'auto'; v.load(); }");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=video-player]').readyState >= 2", null, new() { Timeout = 20_000 });
        var duration = await player.EvaluateAsync<double>("v => v.duration");
        Assert.True(duration > 5, $"The video lasts {duration} s.");

        await player.EvaluateAsync("v => v.play()");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=video-player]').currentTime > 0.3", null, new() { Timeout = 20_000 });
        var error = await player.EvaluateAsync<string?>("v => v.error ? String(v.error.code) : null");
        Assert.Null(error);
    });

    private Task AsAdminAsync(Func<IPage, Task> body, [CallerMemberName] string test = "")
    {
        Assert.True(app.AdminStorageState is not null, "Needs the Admin registered by step 1.");
        return InPageAsync(app.AdminStorageState, body, test);
    }

    /// <summary>Runs <paramref name="body"/> on a fresh page; on failure saves a screenshot and adds the app's recent log.</summary>
    private async Task InPageAsync(string? storageState, Func<IPage, Task> body, [CallerMemberName] string test = "")
    {
        var page = await app.NewPageAsync(storageState);
        try
        {
            await body(page);
        }
        catch (Exception ex)
        {
            var shot = Path.Combine(app.ScreenshotFolder, $"{test}.png");
            try
            {
                Directory.CreateDirectory(app.ScreenshotFolder);
                await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            }
            catch (PlaywrightException shotError)
            {
                shot = $"(no screenshot: {shotError.Message})";
            }
            throw new BrowserTestException(
                $"{ex.Message}{Environment.NewLine}Page: {page.Url}{Environment.NewLine}Screenshot: {shot}{Environment.NewLine}" +
                $"Recent app log:{Environment.NewLine}{app.RecentLog()}", ex);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
