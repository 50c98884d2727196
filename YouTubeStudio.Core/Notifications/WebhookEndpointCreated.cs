namespace YouTubeStudio.Core.Notifications;

/// <summary>A new endpoint and its signing secret, which is shown this once and never again.</summary>
public sealed record WebhookEndpointCreated(WebhookEndpointView Endpoint, string Secret);
