using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;
using YouTubeStudio.Web.Components.Shared.Notifications;

namespace YouTubeStudio.Tests.Notifications;

/// <summary>The bell rendered by bunit over the real notification service on SQLite.</summary>
public sealed class NotificationBellTests : BunitContext, IAsyncLifetime
{
    private NotificationsHarness _h = null!;
    private string _userId = "";

    public async Task InitializeAsync()
    {
        _h = await NotificationsHarness.CreateAsync();
        _userId = await _h.AddUserAsync(Roles.Manager);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(_h.Get<INotificationService>());
        Services.AddSingleton(_h.Get<IEventBroadcaster>());
        var auth = AddAuthorization();
        auth.SetAuthorized("manager@example.test");
        auth.SetRoles(Roles.Manager);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, _userId));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task Badge_RisesWhenANotificationIsCreatedForTheUser()
    {
        Render<MudPopoverProvider>();
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("0", bell.Find("[data-testid=notification-bell]").GetAttribute("data-unread")), TimeSpan.FromSeconds(5));

        await _h.Get<INotificationService>().NotifyUsersAsync(new NotificationMessage(NotificationEvents.VideoReady, DateTimeOffset.UtcNow, "Video ready", "x", "/queue", true, new Dictionary<string, object?>()));

        bell.WaitForAssertion(() => Assert.Equal("1", bell.Find("[data-testid=notification-bell]").GetAttribute("data-unread")), TimeSpan.FromSeconds(5));
        Assert.Contains("1", bell.Find("[data-testid=notification-bell] .mud-badge").TextContent);

        // Someone else's notification does not touch this bell.
        _h.Get<IEventBroadcaster>().Publish(new NotificationCreated(DateTimeOffset.UtcNow, "someone-else", "x"));
        await Task.Delay(400);
        Assert.Equal("1", bell.Find("[data-testid=notification-bell]").GetAttribute("data-unread"));
    }
}
