namespace YouTubeStudio.Core.Notifications;

/// <summary>A row of the delivery log.</summary>
public sealed record WebhookDeliveryView(long Id, long EndpointId, string Event, int Attempts, int? StatusCode, string? Error, bool Succeeded,
    DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt, string PayloadJson)
{
    internal static WebhookDeliveryView From(WebhookDelivery d) =>
        new(d.Id, d.EndpointId, d.Event, d.Attempts, d.StatusCode, d.Error, d.Succeeded, d.CreatedAt, d.DeliveredAt, d.NextAttemptAt, d.PayloadJson);
}
