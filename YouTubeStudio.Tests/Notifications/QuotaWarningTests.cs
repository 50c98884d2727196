using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;
using YouTubeStudio.Core.YouTube;

namespace YouTubeStudio.Tests.Notifications;

/// <summary><c>quota.warning</c>: sent when today's YouTube quota use crosses 80 %, once per Pacific day.</summary>
public sealed class QuotaWarningTests
{
    [Fact]
    public async Task QuotaPastEightyPercent_WarnsOncePerPacificDay()
    {
        var ledger = new InMemoryQuotaLedger();
        await using var h = await NotificationsHarness.CreateAsync(new() { ["YouTube:DailyQuotaUnits"] = "1000" }, services =>
        {
            services.AddSingleton<IQuotaLedger>(ledger);
            services.AddOptions<YouTubeOptions>().BindConfiguration(YouTubeOptions.SectionName);
            services.AddSingleton<YouTubeQuota>();
        });
        var admin = await h.AddUserAsync(Roles.Admin);
        var dispatcher = h.Get<NotificationDispatcher>();
        var notifications = h.Get<INotificationService>();
        var today = QuotaDay.For(DateTimeOffset.UtcNow);
        var analytics = new AnalyticsRefreshed(DateTimeOffset.UtcNow, ChannelId: 999, Rows: 0);

        await ledger.ChargeAsync(today, "videos.insert", 799, CancellationToken.None);
        await dispatcher.HandleAsync(analytics);
        Assert.DoesNotContain(await notifications.ListAsync(admin, 50), n => n.Kind == NotificationEvents.QuotaWarning);

        await ledger.ChargeAsync(today, "videos.insert", 1, CancellationToken.None);
        await dispatcher.HandleAsync(analytics);
        await dispatcher.HandleAsync(analytics);
        await ledger.ChargeAsync(today, "videos.insert", 150, CancellationToken.None);
        await dispatcher.HandleAsync(analytics);

        var warning = Assert.Single(await notifications.ListAsync(admin, 50), n => n.Kind == NotificationEvents.QuotaWarning);
        Assert.Contains("80 %", warning.Title);
        Assert.Contains("800 of 1000", warning.Message);
    }
}
