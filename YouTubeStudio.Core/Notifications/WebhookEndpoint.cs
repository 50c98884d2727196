namespace YouTubeStudio.Core.Notifications;

/// <summary>An outgoing webhook (n8n and friends): events are POSTed as JSON, signed with HMAC-SHA256.</summary>
public class WebhookEndpoint
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    /// <summary>The signing secret, encrypted with Data Protection.</summary>
    public string ProtectedSecret { get; set; } = "";
    /// <summary>Comma-separated event names, or "*" for all.</summary>
    public string Events { get; set; } = "*";
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
