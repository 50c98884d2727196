using System.Collections.Concurrent;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;

namespace YouTubeStudio.Tests.Notifications;

/// <summary>In-app notifications per user on real SQLite.</summary>
public sealed class NotificationServiceTests : IAsyncLifetime
{
    private NotificationsHarness _h = null!;

    public async Task InitializeAsync() => _h = await NotificationsHarness.CreateAsync();

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    private static NotificationMessage Message(string name, bool forViewers) =>
        new(name, DateTimeOffset.UtcNow, $"{name} happened", "details", "/queue", forViewers, new Dictionary<string, object?>());

    [Fact]
    public async Task Notify_CreatesARowPerEditorAndForViewersOnlyWhenMeantForThem_AndAnnouncesEach()
    {
        var admin = await _h.AddUserAsync(Roles.Admin);
        var manager = await _h.AddUserAsync(Roles.Manager);
        var viewer = await _h.AddUserAsync(Roles.Viewer);
        var announced = new ConcurrentBag<NotificationCreated>();
        using var _ = _h.Get<IEventBroadcaster>().Subscribe(e => { if (e is NotificationCreated n) announced.Add(n); return Task.CompletedTask; });
        var service = _h.Get<INotificationService>();

        Assert.Equal(2, await service.NotifyUsersAsync(Message(NotificationEvents.CostAlert, forViewers: false)));
        Assert.Equal(3, await service.NotifyUsersAsync(Message(NotificationEvents.VideoReady, forViewers: true)));

        Assert.Equal(2, await service.CountUnreadAsync(admin));
        Assert.Equal(2, await service.CountUnreadAsync(manager));
        Assert.Equal(1, await service.CountUnreadAsync(viewer));
        Assert.Equal("video.ready", Assert.Single(await service.ListAsync(viewer)).Kind);
        var latest = await service.ListAsync(admin);
        Assert.Equal(["video.ready", "cost.alert"], latest.Select(n => n.Kind));
        for (var i = 0; i < 50 && announced.Count < 5; i++) await Task.Delay(20);
        Assert.Equal(5, announced.Count);
        Assert.Equal(2, announced.Count(n => n.UserId == admin));
    }

    [Fact]
    public async Task MarkRead_AndMarkAllRead_OnlyTouchTheUsersOwnNotifications()
    {
        var admin = await _h.AddUserAsync(Roles.Admin);
        var manager = await _h.AddUserAsync(Roles.Manager);
        var service = _h.Get<INotificationService>();
        await service.NotifyUsersAsync(Message(NotificationEvents.VideoFailed, false));
        await service.NotifyUsersAsync(Message(NotificationEvents.AnalyticsRefreshed, false));
        var adminFirst = (await service.ListAsync(admin)).Last();

        Assert.False(await service.MarkReadAsync(manager, adminFirst.Id));
        Assert.True(await service.MarkReadAsync(admin, adminFirst.Id));
        Assert.Equal(1, await service.CountUnreadAsync(admin));
        Assert.NotNull((await service.ListAsync(admin)).Single(n => n.Id == adminFirst.Id).ReadAt);

        Assert.Equal(1, await service.MarkAllReadAsync(admin));
        Assert.Equal(0, await service.CountUnreadAsync(admin));
        Assert.Equal(2, await service.CountUnreadAsync(manager));
        Assert.Empty(await service.ListAsync(admin, unreadOnly: true));
    }
}
