using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Notifications;

namespace Microsoft.Extensions.DependencyInjection;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>Webhooks, optional e-mail and in-app notifications for the studio's events.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddAudit();
        services.TryAddSingleton<IEventBroadcaster, EventBroadcaster>();
        services.AddDataProtection();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // The per-request timeout is WebhookOptions.Timeout (a linked token); this one only backs it up.
        services.AddHttpClient(WebhookService.HttpClientName, c => c.Timeout = TimeSpan.FromMinutes(5))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<IWebhookService, WebhookService>();
        services.AddSingleton<INotificationService, NotificationService>();
        services.AddSingleton<EmailNotifier>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        services.AddHostedService<WebhookRetryLoop>();
        return services;
    }
}
