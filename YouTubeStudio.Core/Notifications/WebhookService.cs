using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Audit;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Notifications;

internal sealed partial class WebhookService(
    IDbContextFactory<AppDbContext> dbFactory,
    IDataProtectionProvider dataProtection,
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> options,
    IAuditLog audit,
    TimeProvider time,
    ILogger<WebhookService> logger) : IWebhookService
{
    public const string HttpClientName = "webhooks";
    public const string ProtectorPurpose = "YouTubeStudio.Webhooks.v1";

    // A delivery being sent is leased for this long, so the retry loop and an immediate send never both send it.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static readonly JsonSerializerOptions PayloadJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private IDataProtector Protector => dataProtection.CreateProtector(ProtectorPurpose);

    public async Task<IReadOnlyList<WebhookEndpointView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);
        return rows.Select(WebhookEndpointView.From).ToList();
    }

    public async Task<WebhookEndpointView?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return row is null ? null : WebhookEndpointView.From(row);
    }

    public async Task<Result<WebhookEndpointCreated>> CreateAsync(WebhookEndpointInput input, CancellationToken cancellationToken = default)
    {
        if (Validate(input) is { } errors) return Result<WebhookEndpointCreated>.Invalid(errors);
        var secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var row = new WebhookEndpoint
        {
            Name = input.Name!.Trim(),
            Url = input.Url!.Trim(),
            Events = FormatEvents(input.Events),
            IsActive = input.IsActive,
            ProtectedSecret = Protector.Protect(secret),
            CreatedAt = time.GetUtcNow(),
        };
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.WebhookEndpoints.Add(row);
            await db.SaveChangesAsync(cancellationToken);
        }
        await audit.RecordAsync("webhook.create", $"webhook:{row.Id}", $"{row.Name} {row.Url} events {row.Events}", cancellationToken);
        return Result<WebhookEndpointCreated>.Ok(new WebhookEndpointCreated(WebhookEndpointView.From(row), secret));
    }

    public async Task<Result<WebhookEndpointView>> UpdateAsync(long id, WebhookEndpointInput input, CancellationToken cancellationToken = default)
    {
        if (Validate(input) is { } errors) return Result<WebhookEndpointView>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (row is null) return Result<WebhookEndpointView>.NotFound($"Webhook {id} does not exist.");
        row.Name = input.Name!.Trim();
        row.Url = input.Url!.Trim();
        row.Events = FormatEvents(input.Events);
        row.IsActive = input.IsActive;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("webhook.update", $"webhook:{row.Id}", $"{row.Name} {row.Url} events {row.Events} active {row.IsActive}", cancellationToken);
        return Result<WebhookEndpointView>.Ok(WebhookEndpointView.From(row));
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.WebhookDeliveries.Where(d => d.EndpointId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.WebhookEndpoints.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        if (deleted) await audit.RecordAsync("webhook.delete", $"webhook:{id}", null, cancellationToken);
        return deleted;
    }

    public async Task<WebhookDeliveryView?> SendTestAsync(long endpointId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == endpointId, cancellationToken);
        if (endpoint is null) return null;
        var message = new NotificationMessage(NotificationEvents.WebhookTest, time.GetUtcNow(), "Test", "A test delivery from YouTube Studio.", null, false,
            new Dictionary<string, object?> { ["endpoint_id"] = endpoint.Id, ["endpoint_name"] = endpoint.Name, ["message"] = "Hello from YouTube Studio." });
        var delivery = NewDelivery(endpoint.Id, message);
        // A test is answered now: one attempt, never retried.
        delivery.NextAttemptAt = null;
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return await AttemptAsync(delivery.Id, retry: false, cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookDeliveryView>> ListDeliveriesAsync(long endpointId, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(Math.Clamp(limit, 1, 100)).ToListAsync(cancellationToken);
        return rows.Select(WebhookDeliveryView.From).ToList();
    }

    public async Task<WebhookDeliveryView?> RedeliverAsync(long deliveryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var original = await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (original is null) return null;
        var now = time.GetUtcNow();
        // Same payload (and so the same "id" inside it): receivers can tell a redelivery from a new event.
        var copy = new WebhookDelivery { EndpointId = original.EndpointId, Event = original.Event, PayloadJson = original.PayloadJson, CreatedAt = now, NextAttemptAt = null };
        db.WebhookDeliveries.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("webhook.redeliver", $"webhook:{original.EndpointId}", $"delivery {deliveryId} as {copy.Id}", cancellationToken);
        return await AttemptAsync(copy.Id, retry: false, cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookDeliveryView>> EnqueueAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        List<WebhookDelivery> deliveries;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.IsActive).ToListAsync(cancellationToken);
            deliveries = endpoints.Where(e => Subscribes(e, message.Event)).Select(e => NewDelivery(e.Id, message)).ToList();
            if (deliveries.Count == 0) return [];
            db.WebhookDeliveries.AddRange(deliveries);
            await db.SaveChangesAsync(cancellationToken);
        }
        var results = await Task.WhenAll(deliveries.Select(d => AttemptAsync(d.Id, retry: true, cancellationToken)));
        return results.OfType<WebhookDeliveryView>().ToList();
    }

    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<(long Id, DateTimeOffset? Due)> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = (await db.WebhookDeliveries.AsNoTracking()
                    .Where(d => !d.Succeeded && d.NextAttemptAt != null && d.NextAttemptAt <= now)
                    .OrderBy(d => d.NextAttemptAt).Take(50).Select(d => new { d.Id, d.NextAttemptAt }).ToListAsync(cancellationToken))
                .Select(d => (d.Id, d.NextAttemptAt)).ToList();
        }
        var attempted = 0;
        foreach (var (id, dueAt) in due)
        {
            if (!await TryClaimAsync(id, dueAt, cancellationToken)) continue;
            await AttemptAsync(id, retry: true, cancellationToken);
            attempted++;
        }
        return attempted;
    }

    /// <summary>Takes the lease on a due delivery; false when someone else (another loop, another instance) took it first.</summary>
    private async Task<bool> TryClaimAsync(long id, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var leaseUntil = time.GetUtcNow() + Lease;
        return await db.WebhookDeliveries.Where(d => d.Id == id && !d.Succeeded && d.NextAttemptAt == dueAt)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, leaseUntil), cancellationToken) == 1;
    }

    private WebhookDelivery NewDelivery(long endpointId, NotificationMessage message)
    {
        var now = time.GetUtcNow();
        var id = Guid.NewGuid();
        var payload = new Dictionary<string, object?>
        {
            ["id"] = id.ToString(),
            ["event"] = message.Event,
            ["occurred_at"] = message.OccurredAt,
            ["data"] = message.Data,
        };
        return new WebhookDelivery
        {
            EndpointId = endpointId,
            Event = message.Event,
            PayloadJson = JsonSerializer.Serialize(payload, PayloadJson),
            CreatedAt = now,
            // Leased from birth: the immediate attempt owns it; if the process dies first, the loop picks it up after the lease.
            NextAttemptAt = now + Lease,
        };
    }

    /// <summary>Sends the stored delivery once and records the outcome and, when <paramref name="retry"/>, the next attempt.</summary>
    private async Task<WebhookDeliveryView?> AttemptAsync(long deliveryId, bool retry, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, CancellationToken.None);
        if (delivery is null) return null;
        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == delivery.EndpointId, CancellationToken.None);
        if (endpoint is null) return null;

        delivery.Attempts++;
        int? statusCode = null;
        string? error = null;
        try
        {
            var secret = Protector.Unprotect(endpoint.ProtectedSecret);
            var body = Encoding.UTF8.GetBytes(delivery.PayloadJson);
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.TryAddWithoutValidation("X-Studio-Event", delivery.Event);
            request.Headers.TryAddWithoutValidation("X-Studio-Delivery", DeliveryGuid(delivery.PayloadJson));
            request.Headers.TryAddWithoutValidation("X-Studio-Signature", WebhookSignature.Compute(secret, body));
            request.Headers.TryAddWithoutValidation("X-Studio-Timestamp", time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.UserAgent.ParseAdd("YouTubeStudio-Webhooks/1.0");

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.Timeout);
            var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            statusCode = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode) error = $"HTTP {statusCode} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"Timed out after {options.Value.Timeout.TotalSeconds:0} s.";
        }
        catch (HttpRequestException ex)
        {
            error = ex.Message;
        }
        catch (CryptographicException)
        {
            // The key ring changed: the stored secret can no longer be read; nothing to retry.
            error = "The endpoint's secret cannot be decrypted (Data Protection keys changed); recreate the endpoint.";
            retry = false;
        }
        catch (Exception ex) when (ex is InvalidOperationException or UriFormatException)
        {
            error = ex.Message;
        }

        var now = time.GetUtcNow();
        delivery.StatusCode = statusCode;
        delivery.Succeeded = error is null;
        delivery.Error = error is null ? null : Truncate(error, 2000);
        if (delivery.Succeeded)
        {
            delivery.DeliveredAt = now;
            delivery.NextAttemptAt = null;
        }
        else
        {
            delivery.NextAttemptAt = retry && delivery.Attempts < options.Value.MaxAttempts ? now + BackoffAfter(delivery.Attempts) : null;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        if (delivery.Succeeded) LogDelivered(delivery.Id, delivery.Event, endpoint.Id, statusCode ?? 0, delivery.Attempts);
        else LogFailed(delivery.Id, delivery.Event, endpoint.Id, delivery.Attempts, error, delivery.NextAttemptAt);
        return WebhookDeliveryView.From(delivery);
    }

    private TimeSpan BackoffAfter(int attempts)
    {
        var steps = options.Value.Backoff;
        if (steps.Length == 0) return TimeSpan.FromMinutes(1);
        return steps[Math.Clamp(attempts - 1, 0, steps.Length - 1)];
    }

    private static string DeliveryGuid(string payloadJson)
    {
        using var doc = JsonDocument.Parse(payloadJson);
        return doc.RootElement.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";
    }

    internal static bool Subscribes(WebhookEndpoint endpoint, string eventName) =>
        endpoint.Events.Trim() == "*" || ParseEvents(endpoint.Events).Contains(eventName, StringComparer.Ordinal);

    internal static IReadOnlyList<string> ParseEvents(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string FormatEvents(IReadOnlyList<string>? events)
    {
        if (events is null || events.Contains("*") || NotificationEvents.All.All(e => events.Contains(e))) return "*";
        return string.Join(',', NotificationEvents.All.Where(events.Contains));
    }

    private static IReadOnlyDictionary<string, string[]>? Validate(WebhookEndpointInput input)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", "Name is required.");
        else if (input.Name.Trim().Length > 100) errors.Add("name", "Name must be at most 100 characters.");
        if (string.IsNullOrWhiteSpace(input.Url)) errors.Add("url", "URL is required.");
        else if (!Uri.TryCreate(input.Url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors.Add("url", "URL must be an absolute http:// or https:// address.");
        else if (input.Url.Trim().Length > 2000) errors.Add("url", "URL must be at most 2000 characters.");
        if (input.Events is not null)
        {
            if (input.Events.Count == 0) errors.Add("events", "Choose at least one event.");
            foreach (var e in input.Events.Where(e => e != "*" && !NotificationEvents.All.Contains(e)))
                errors.Add("events", $"Unknown event '{e}'. Known: {string.Join(", ", NotificationEvents.All)}.");
        }
        return errors.Any ? errors.ToDictionary() : null;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} ({Event}) to endpoint {EndpointId} answered {StatusCode} after {Attempts} attempt(s)")]
    private partial void LogDelivered(long deliveryId, string @event, long endpointId, int statusCode, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} ({Event}) to endpoint {EndpointId} failed on attempt {Attempts}: {Error}; next attempt {NextAttemptAt}")]
    private partial void LogFailed(long deliveryId, string @event, long endpointId, int attempts, string? error, DateTimeOffset? nextAttemptAt);
}
