using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;
using YouTubeStudio.Web.Components.Pages.Settings;

namespace YouTubeStudio.Tests.Notifications;

/// <summary>The webhooks page by bunit over the real webhook service on SQLite.</summary>
public sealed class WebhooksPageTests : BunitContext, IAsyncLifetime
{
    private NotificationsHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await NotificationsHarness.CreateAsync();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(_h.Get<IWebhookService>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _h.DisposeAsync();
    }

    private void SignInAs(string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized($"{role.ToLowerInvariant()}@example.test");
        auth.SetRoles(role);
    }

    [Fact]
    public async Task Page_ForAViewer_ListsEndpointsWithoutEditButtons()
    {
        await _h.Get<IWebhookService>().CreateAsync(new WebhookEndpointInput("n8n prod", "https://n8n.example.test/webhook/1", ["video.ready"]));
        SignInAs(Roles.Viewer);
        Render<MudPopoverProvider>();

        var page = Render<WebhooksPage>();

        page.WaitForAssertion(() => Assert.Equal("n8n prod", page.Find("[data-testid=webhook-name]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.Contains("video.ready", page.Find("[data-testid=webhook-table]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=webhook-new]"));
        Assert.Empty(page.FindAll("[data-testid=webhook-test]"));
    }

    [Fact]
    public void Page_ForAManagerWithoutEndpoints_ShowsTheEmptyStateAndNewButton()
    {
        SignInAs(Roles.Manager);
        Render<MudPopoverProvider>();

        var page = Render<WebhooksPage>();

        page.WaitForAssertion(() => Assert.Contains("No webhooks yet", page.Markup), TimeSpan.FromSeconds(5));
        Assert.Single(page.FindAll("[data-testid=webhook-new]"));
    }
}
