using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Notifications;

/// <summary><c>/api/v1/webhooks</c> and <c>/api/v1/notifications</c> through the whole app.</summary>
public sealed class NotificationsEndpointsTests(StudioAppFactory app) : IClassFixture<StudioAppFactory>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public Task DisposeAsync() => _receiver.DisposeAsync().AsTask();

    [Fact]
    public async Task Webhooks_CreateTestListUpdateDelete_AsManager()
    {
        using var manager = await app.CreateClientAsync(Roles.Manager);

        using var created = await manager.PostJsonAsync("/api/v1/webhooks", new { name = "n8n", url = _receiver.Url, events = new[] { "video.ready", "cost.alert" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var id = body.GetProperty("endpoint").GetProperty("id").GetInt64();
        var secret = body.GetProperty("secret").GetString()!;
        Assert.Equal($"/api/v1/webhooks/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(["video.ready", "cost.alert"], body.GetProperty("endpoint").GetProperty("events").EnumerateArray().Select(e => e.GetString()));

        using var list = await manager.GetAsync("/api/v1/webhooks");
        var listText = await list.Content.ReadAsStringAsync();
        Assert.Contains(_receiver.Url, listText);
        Assert.DoesNotContain(secret, listText);

        using var test = await manager.PostAsync($"/api/v1/webhooks/{id}/test", null);
        Assert.Equal(HttpStatusCode.OK, test.StatusCode);
        var outcome = await test.ReadJsonAsync();
        Assert.True(outcome.GetProperty("succeeded").GetBoolean());
        Assert.Equal(200, outcome.GetProperty("status_code").GetInt32());
        var received = Assert.Single(_receiver.Requests);
        Assert.True(WebhookSignature.Verify(secret, received.Body, received.Headers["X-Studio-Signature"]));

        using var deliveries = await manager.GetAsync($"/api/v1/webhooks/{id}/deliveries");
        var log = await deliveries.ReadJsonAsync();
        Assert.Equal("webhook.test", Assert.Single(log.EnumerateArray()).GetProperty("event").GetString());

        using var updated = await manager.PutJsonAsync($"/api/v1/webhooks/{id}", new { name = "n8n prod", url = _receiver.Url, events = new[] { "*" }, is_active = false });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.ReadJsonAsync();
        Assert.True(after.GetProperty("all_events").GetBoolean());
        Assert.False(after.GetProperty("is_active").GetBoolean());

        using var deleted = await manager.DeleteAsync($"/api/v1/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await manager.GetAsync($"/api/v1/webhooks/{id}/deliveries");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Webhooks_AsViewer_ReadOnly_AndInvalidInputIsAValidationProblem()
    {
        using var viewer = await app.CreateClientAsync(Roles.Viewer);
        using var manager = await app.CreateClientAsync(Roles.Manager);

        using var read = await viewer.GetAsync("/api/v1/webhooks");
        using var create = await viewer.PostJsonAsync("/api/v1/webhooks", new { name = "x", url = _receiver.Url });
        using var invalid = await manager.PostJsonAsync("/api/v1/webhooks", new { name = "x", url = "not a url", events = new[] { "video.exploded" } });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        await invalid.AssertValidationErrorAsync("url");
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task Notifications_ListAndReadAll_ForTheCaller()
    {
        var email = await app.CreateUserAsync(Roles.Manager);
        using var manager = await app.CreateClientAsync(email, StudioAppFactory.Password);
        var notifications = app.Services.GetRequiredService<INotificationService>();
        await notifications.NotifyUsersAsync(new NotificationMessage(NotificationEvents.CostAlert, DateTimeOffset.UtcNow, "Budget alert: API test", "spent 2.6", "/queue", false, new Dictionary<string, object?>()));

        using var list = await manager.GetAsync("/api/v1/notifications");
        var body = await list.ReadJsonAsync();
        Assert.True(body.GetProperty("unread").GetInt32() >= 1);
        Assert.Contains(body.GetProperty("items").EnumerateArray(), n => n.GetProperty("title").GetString() == "Budget alert: API test" && n.GetProperty("kind").GetString() == "cost.alert");

        using var readAll = await manager.PostAsync("/api/v1/notifications/read-all", null);
        Assert.Equal(HttpStatusCode.OK, readAll.StatusCode);
        Assert.True((await readAll.ReadJsonAsync()).GetProperty("marked").GetInt32() >= 1);
        using var again = await manager.GetAsync("/api/v1/notifications");
        Assert.Equal(0, (await again.ReadJsonAsync()).GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task OpenApi_DescribesTheWebhookAndNotificationEndpoints()
    {
        using var anonymous = app.CreateClient();

        var document = await anonymous.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/webhooks/{id}/deliveries\"", document);
        Assert.Contains("\"/api/v1/notifications/read-all\"", document);
    }
}
