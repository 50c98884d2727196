using YouTubeStudio.Core.Notifications;

namespace YouTubeStudio.Web.Api.V1;

/// <summary>A created endpoint with its secret, shown this once.</summary>
public sealed record WebhookCreatedDto(WebhookEndpointView Endpoint, string Secret);
