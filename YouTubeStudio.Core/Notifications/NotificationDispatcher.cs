using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.YouTube;

namespace YouTubeStudio.Core.Notifications;

/// <summary>
/// Listens to the domain events and sends the ones people care about to webhooks, e-mail and the bell.
/// Each channel fails on its own: a dead SMTP server does not stop a webhook.
/// </summary>
public sealed partial class NotificationDispatcher(
    IEventBroadcaster events,
    IServiceProvider services,
    IDbContextFactory<AppDbContext> dbFactory,
    IWebhookService webhooks,
    INotificationService notifications,
    EmailNotifier email,
    TimeProvider time,
    ILogger<NotificationDispatcher> logger) : IHostedService
{
    private const string QuotaWarningKey = "notifications.quota_warning_day";
    private const double QuotaWarningShare = 0.8;

    private readonly NotificationMapper _mapper = new(dbFactory);
    private readonly SemaphoreSlim _quotaGate = new(1, 1);
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = events.Subscribe(HandleAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Maps one event and sends what it becomes; public so tests can await a dispatch.</summary>
    public async Task HandleAsync(StudioEvent studioEvent)
    {
        if (studioEvent is NotificationCreated or CostAdded) return;
        if (studioEvent is TaskChanged { Kind: "progress" or "stage_started" or "queued" } && !SpendsQuota(studioEvent)) return;
        NotificationMessage? message = null;
        try
        {
            message = await _mapper.MapAsync(studioEvent, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogMapFailed(ex, studioEvent.GetType().Name);
        }
        if (message is not null) await SendAsync(message);
        if (SpendsQuota(studioEvent)) await CheckQuotaAsync();
    }

    /// <summary>Sends a message through every channel.</summary>
    public async Task SendAsync(NotificationMessage message)
    {
        LogDispatch(message.Event, message.Title);
        await Task.WhenAll(
            Guard("webhooks", message, () => webhooks.EnqueueAsync(message)),
            Guard("in-app", message, () => notifications.NotifyUsersAsync(message)),
            Guard("e-mail", message, () => email.SendAsync(message)));
    }

    private async Task Guard(string channel, NotificationMessage message, Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception ex)
        {
            LogChannelFailed(ex, channel, message.Event);
        }
    }

    // Uploads, thumbnails and analytics pulls spend quota; their end shows as one of these events.
    private static bool SpendsQuota(StudioEvent e) =>
        e is AnalyticsRefreshed || e is TaskChanged { Kind: "completed" or "failed" or "waiting_quota" or "retry_scheduled" };

    /// <summary>Sends <c>quota.warning</c> when today's use crossed 80 %, at most once per Pacific day (remembered in the database).</summary>
    public async Task CheckQuotaAsync()
    {
        var quota = services.GetService<YouTubeQuota>();
        if (quota is null) return;
        await _quotaGate.WaitAsync();
        try
        {
            var status = await quota.GetTodayAsync(CancellationToken.None);
            if (status.DailyLimit <= 0 || status.UnitsUsed < status.DailyLimit * QuotaWarningShare) return;
            var day = status.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await using (var db = await dbFactory.CreateDbContextAsync())
            {
                var row = await db.AppSettings.FirstOrDefaultAsync(s => s.Key == QuotaWarningKey);
                if (row?.Value == day) return;
                if (row is null) db.AppSettings.Add(row = new AppSetting { Key = QuotaWarningKey });
                row.Value = day;
                row.UpdatedAt = time.GetUtcNow();
                await db.SaveChangesAsync();
            }
            var percent = 100.0 * status.UnitsUsed / status.DailyLimit;
            await SendAsync(new NotificationMessage(NotificationEvents.QuotaWarning, time.GetUtcNow(),
                $"YouTube quota at {percent:0} %",
                $"{status.UnitsUsed} of {status.DailyLimit} YouTube API units are spent for {day} (Pacific); the quota resets at {status.NextResetUtc:u}.",
                "/settings", false,
                new Dictionary<string, object?>
                {
                    ["day"] = day,
                    ["units_used"] = status.UnitsUsed,
                    ["daily_limit"] = status.DailyLimit,
                    ["percent_used"] = Math.Round(percent, 1),
                    ["resets_at"] = status.NextResetUtc,
                }));
        }
        catch (Exception ex)
        {
            LogQuotaCheckFailed(ex);
        }
        finally
        {
            _quotaGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Event}: {Title}")]
    private partial void LogDispatch(string @event, string title);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mapping {EventType} to a notification failed")]
    private partial void LogMapFailed(Exception ex, string eventType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {Event} through {Channel} failed")]
    private partial void LogChannelFailed(Exception ex, string channel, string @event);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the YouTube quota for a warning failed")]
    private partial void LogQuotaCheckFailed(Exception ex);
}
