using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;

namespace YouTubeStudio.Web.Api.V1;

public static class NotificationsEndpoints
{
    public static RouteGroupBuilder MapNotificationsEndpoints(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.CanRead);

        webhooks.MapGet("/", async (IWebhookService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .WithName("ListWebhooks").WithSummary("All webhook endpoints (without secrets).");

        webhooks.MapPost("/", async Task<Results<Created<WebhookCreatedDto>, ValidationProblem, ProblemHttpResult>> (WebhookRequest request, IWebhookService service, CancellationToken ct) =>
            {
                var result = await service.CreateAsync(request.ToInput(), ct);
                return result.IsOk
                    ? TypedResults.Created($"/api/v1/webhooks/{result.Value!.Endpoint.Id}", new WebhookCreatedDto(result.Value.Endpoint, result.Value.Secret))
                    : result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithName("CreateWebhook").WithSummary("Creates an endpoint; the answer carries its signing secret, shown this once.");

        webhooks.MapPut("/{id:long}", async Task<Results<Ok<WebhookEndpointView>, ValidationProblem, ProblemHttpResult>> (long id, WebhookRequest request, IWebhookService service, CancellationToken ct) =>
            {
                var result = await service.UpdateAsync(id, request.ToInput(), ct);
                return result.IsOk ? TypedResults.Ok(result.Value!)
                    : result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithName("UpdateWebhook").WithSummary("Changes name, URL, events and active flag; the secret stays.");

        webhooks.MapDelete("/{id:long}", async Task<Results<NoContent, ProblemHttpResult>> (long id, IWebhookService service, CancellationToken ct) =>
                await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : ApiResults.NotFound($"Webhook {id} does not exist."))
            .RequireAuthorization(Policies.CanEdit)
            .WithName("DeleteWebhook").WithSummary("Deletes an endpoint and its delivery log.");

        webhooks.MapPost("/{id:long}/test", async Task<Results<Ok<WebhookDeliveryView>, ProblemHttpResult>> (long id, IWebhookService service, CancellationToken ct) =>
                await service.SendTestAsync(id, ct) is { } delivery ? TypedResults.Ok(delivery) : ApiResults.NotFound($"Webhook {id} does not exist."))
            .RequireAuthorization(Policies.CanEdit)
            .WithName("TestWebhook").WithSummary("Sends a webhook.test event now and answers with the outcome.");

        webhooks.MapGet("/{id:long}/deliveries", async Task<Results<Ok<IReadOnlyList<WebhookDeliveryView>>, ProblemHttpResult>> (long id, IWebhookService service, CancellationToken ct) =>
                await service.GetAsync(id, ct) is null ? ApiResults.NotFound($"Webhook {id} does not exist.") : TypedResults.Ok(await service.ListDeliveriesAsync(id, 100, ct)))
            .WithName("ListWebhookDeliveries").WithSummary("The endpoint's last 100 deliveries, newest first.");

        webhooks.MapPost("/deliveries/{deliveryId:long}/redeliver", async Task<Results<Ok<WebhookDeliveryView>, ProblemHttpResult>> (long deliveryId, IWebhookService service, CancellationToken ct) =>
                await service.RedeliverAsync(deliveryId, ct) is { } delivery ? TypedResults.Ok(delivery) : ApiResults.NotFound($"Delivery {deliveryId} does not exist."))
            .RequireAuthorization(Policies.CanEdit)
            .WithName("RedeliverWebhook").WithSummary("Sends a stored delivery again now.");

        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(Policies.CanRead);

        notifications.MapGet("/", async (ClaimsPrincipal user, INotificationService service, CancellationToken ct, int? limit, bool? unread) =>
            {
                var id = UserId(user);
                var items = await service.ListAsync(id, limit ?? 50, unread ?? false, ct);
                return TypedResults.Ok(new NotificationListDto(await service.CountUnreadAsync(id, ct), items.Select(NotificationDto.From).ToList()));
            })
            .WithName("ListNotifications").WithSummary("The caller's notifications, newest first, with the unread count.");

        // Reading one's own notifications changes nothing shared, so a Viewer may do it too.
        notifications.MapPost("/read-all", async (ClaimsPrincipal user, INotificationService service, CancellationToken ct) =>
                TypedResults.Ok(new MarkedReadDto(await service.MarkAllReadAsync(UserId(user), ct))))
            .WithName("MarkAllNotificationsRead").WithSummary("Marks all of the caller's notifications read.");

        notifications.MapPost("/{id:long}/read", async Task<Results<NoContent, ProblemHttpResult>> (long id, ClaimsPrincipal user, INotificationService service, CancellationToken ct) =>
                await service.MarkReadAsync(UserId(user), id, ct) ? TypedResults.NoContent() : ApiResults.NotFound($"Notification {id} does not exist."))
            .WithName("MarkNotificationRead").WithSummary("Marks one of the caller's notifications read.");

        return api;
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
