namespace YouTubeStudio.Core.Notifications;

/// <summary>One attempt to deliver an event to a webhook, with Google-style retries and its outcome.</summary>
public class WebhookDelivery
{
    public long Id { get; set; }
    public long EndpointId { get; set; }
    public string Event { get; set; } = "";
    public string PayloadJson { get; set; } = "{}";
    public int Attempts { get; set; }
    public int? StatusCode { get; set; }
    public string? Error { get; set; }
    public bool Succeeded { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
}
