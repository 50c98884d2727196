namespace YouTubeStudio.Core.Notifications;

/// <summary>Outgoing webhooks: endpoints, signed deliveries with retries, and their log.</summary>
public interface IWebhookService
{
    /// <summary>All endpoints, by name.</summary>
    Task<IReadOnlyList<WebhookEndpointView>> ListAsync(CancellationToken cancellationToken = default);

    Task<WebhookEndpointView?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Validates and stores an endpoint with a new random secret, returned this once.</summary>
    Task<Common.Result<WebhookEndpointCreated>> CreateAsync(WebhookEndpointInput input, CancellationToken cancellationToken = default);

    /// <summary>Changes name, URL, events and active flag; the secret stays.</summary>
    Task<Common.Result<WebhookEndpointView>> UpdateAsync(long id, WebhookEndpointInput input, CancellationToken cancellationToken = default);

    /// <summary>Deletes an endpoint and its delivery log; false when it does not exist.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Sends a <c>webhook.test</c> event now (once, no retries) and returns the outcome; null when the endpoint does not exist.</summary>
    Task<WebhookDeliveryView?> SendTestAsync(long endpointId, CancellationToken cancellationToken = default);

    /// <summary>The endpoint's latest deliveries, newest first (at most 100).</summary>
    Task<IReadOnlyList<WebhookDeliveryView>> ListDeliveriesAsync(long endpointId, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>Sends a stored delivery again now, as a new delivery with the same payload; null when it does not exist.</summary>
    Task<WebhookDeliveryView?> RedeliverAsync(long deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Stores one delivery per active endpoint subscribed to the event and attempts each at once.</summary>
    Task<IReadOnlyList<WebhookDeliveryView>> EnqueueAsync(NotificationMessage message, CancellationToken cancellationToken = default);

    /// <summary>Attempts every delivery whose retry is due; returns how many were attempted.</summary>
    Task<int> DeliverDueAsync(CancellationToken cancellationToken = default);
}
