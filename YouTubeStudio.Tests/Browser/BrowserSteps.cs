using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace YouTubeStudio.Tests.Browser;

/// <summary>What a person does on every page: go there, wait until it reacts, sign in, pick from a MudBlazor select.</summary>
public static class BrowserSteps
{
    public const string Password = "Str0ng!Passw0rd";

    /// <summary>Opens <paramref name="path"/> and waits for the interactive circuit to take over the prerendered page.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>MainLayout marks its content <c>data-interactive="true"</c> once it renders on the circuit; clicks before that are lost.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1, new() { Timeout = 45_000 });

    /// <summary>The input inside a MudBlazor field carrying <paramref name="testId"/> (or the input itself).</summary>
    public static ILocator Field(this ILocator scope, string testId) =>
        scope.Locator($"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}]").First;

    /// <summary>The input of the MudBlazor field labelled <paramref name="label"/>.</summary>
    public static ILocator FieldLabelled(this ILocator scope, string label) =>
        scope.Locator(".mud-input-control", new() { Has = scope.Page.Locator("label", new() { HasTextString = label }) }).Locator("input").First;

    /// <summary>Opens the MudSelect labelled <paramref name="label"/> and picks the option with <paramref name="option"/>.</summary>
    public static async Task SelectAsync(this ILocator scope, string label, string option)
    {
        await scope.Locator(".mud-select", new() { Has = scope.Page.Locator("label", new() { HasTextString = label }) }).First
            .Locator(".mud-input-control").First.ClickAsync();
        var item = scope.Page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = option }).First;
        await item.ClickAsync();
        await Expect(scope.Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>Signs in through the login form (a static page) and waits for the interactive app.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.OrdinalIgnoreCase), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForInteractiveAsync();
    }
}
