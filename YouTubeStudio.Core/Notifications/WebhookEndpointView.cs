namespace YouTubeStudio.Core.Notifications;

/// <summary>An endpoint as shown to people: never with its secret.</summary>
public sealed record WebhookEndpointView(long Id, string Name, string Url, IReadOnlyList<string> Events, bool AllEvents, bool IsActive, DateTimeOffset CreatedAt)
{
    internal static WebhookEndpointView From(WebhookEndpoint e)
    {
        var all = e.Events.Trim() == "*";
        return new(e.Id, e.Name, e.Url, all ? NotificationEvents.All : WebhookService.ParseEvents(e.Events), all, e.IsActive, e.CreatedAt);
    }
}
