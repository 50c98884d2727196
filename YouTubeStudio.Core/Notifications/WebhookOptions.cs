using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Notifications;

public sealed class WebhookOptions
{
    public const string SectionName = "Notifications:Webhooks";

    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long one request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait before attempt 2, 3, 4, 5 (the last value repeats beyond).</summary>
    public TimeSpan[] Backoff { get; set; } = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)];

    /// <summary>How often the retry loop looks for due deliveries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RetryScanInterval { get; set; } = TimeSpan.FromSeconds(5);
}
