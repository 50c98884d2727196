using YouTubeStudio.Core.Notifications;

namespace YouTubeStudio.Web.Api.V1;

/// <summary>A webhook endpoint to create or change; <c>events</c> null or ["*"] means every event.</summary>
public sealed record WebhookRequest(string? Name, string? Url, List<string>? Events, bool? IsActive)
{
    public WebhookEndpointInput ToInput() => new(Name, Url, Events, IsActive ?? true);
}
