namespace YouTubeStudio.Core.Notifications;

/// <summary>The event names sent to webhooks, mails and the bell.</summary>
public static class NotificationEvents
{
    public const string VideoReady = "video.ready";
    public const string VideoFailed = "video.failed";
    public const string VideoPublished = "video.published";
    public const string CostAlert = "cost.alert";
    public const string CostCapReached = "cost.cap_reached";
    public const string QuotaWarning = "quota.warning";
    public const string AnalyticsRefreshed = "analytics.refreshed";

    /// <summary>Sent only by "Send test"; endpoints cannot subscribe to it.</summary>
    public const string WebhookTest = "webhook.test";

    /// <summary>Every event an endpoint may subscribe to, in the order the UI lists them.</summary>
    public static readonly IReadOnlyList<string> All =
        [VideoReady, VideoFailed, VideoPublished, CostAlert, CostCapReached, QuotaWarning, AnalyticsRefreshed];
}
