using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace YouTubeStudio.Tests.Browser;

public sealed partial class StudioBrowserTests
{
    [Fact, Step(9)]
    public async Task Viewer_SignsIn_SeesNoEditButtons()
    {
        var viewer = $"viewer-{Guid.NewGuid().ToString("N")[..8]}@example.com";
        await AsAdminAsync(async page =>
        {
            await page.OpenAsync("/users");
            await page.Locator("[data-testid=create-user-toggle]").ClickAsync();
            var main = page.Locator("main");
            await main.Field("new-user-email").FillAsync(viewer);
            await main.Field("new-user-password").FillAsync(BrowserSteps.Password);
            await main.SelectAsync("Role", "Viewer");
            await page.Locator("[data-testid=create-user]").ClickAsync();
            await Expect(page.Locator("[data-testid=users-table] tbody tr", new() { HasTextString = viewer })).ToHaveCountAsync(1);
        }, "Viewer_SignsIn_SeesNoEditButtons_create");

        await InPageAsync(null, async page =>
        {
            await page.SignInAsync(viewer);

            await page.OpenAsync("/channels");
            var rows = page.Locator("[data-testid=channels-table] tbody tr");
            await Expect(rows.First).ToBeVisibleAsync();
            Assert.True(await rows.CountAsync() >= 1, "The Viewer should see the channels.");
            await Expect(page.Locator("[data-testid=add-channel]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=edit-channel]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=delete-channel]")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Edit|Delete) ") })).ToHaveCountAsync(0);

            await page.OpenAsync("/queue");
            await Expect(page.Locator("[data-testid=live-indicator]")).ToBeVisibleAsync();
            await Expect(page.Locator("[aria-label^='Loading']")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=new-video]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=bulk-open]")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "New video" })).ToHaveCountAsync(0);

            await page.OpenAsync("/analytics");
            await Expect(page.Locator("[data-testid=analytics-tabs]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=load-demo]")).ToHaveCountAsync(0);
        }, "Viewer_SignsIn_SeesNoEditButtons");
    }
}
