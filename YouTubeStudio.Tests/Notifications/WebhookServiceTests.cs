using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Notifications;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Tests.Notifications;

/// <summary>Webhook endpoints and deliveries on real SQLite, sent to a real Kestrel receiver on 127.0.0.1.</summary>
public sealed class WebhookServiceTests : IAsyncLifetime
{
    private NotificationsHarness _h = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _h = await NotificationsHarness.CreateAsync();
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private IWebhookService Webhooks => _h.Get<IWebhookService>();

    private async Task<WebhookEndpointCreated> CreateEndpointAsync(IReadOnlyList<string>? events = null)
    {
        var created = await Webhooks.CreateAsync(new WebhookEndpointInput("n8n", _receiver.Url, events));
        Assert.True(created.IsOk, created.Message);
        return created.Value!;
    }

    private static NotificationMessage Message(string name = NotificationEvents.VideoReady) =>
        new(name, DateTimeOffset.UtcNow, "Video ready: Ümlaut & \"quotes\"", "text", "/queue", true, new Dictionary<string, object?> { ["video_id"] = 7L, ["title"] = "Ümlaut & \"quotes\"" });

    private async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value) return value;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}.");
    }

    [Fact]
    public async Task Enqueue_SignsTheExactRawBodyWithTheEndpointSecret()
    {
        var endpoint = await CreateEndpointAsync();

        var results = await Webhooks.EnqueueAsync(Message());

        var delivery = Assert.Single(results);
        Assert.True(delivery.Succeeded, delivery.Error);
        var request = Assert.Single(_receiver.Requests);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(endpoint.Secret), request.Body));
        Assert.Equal(expected, request.Headers["X-Studio-Signature"]);
        Assert.False(WebhookSignature.Verify("another secret", request.Body, request.Headers["X-Studio-Signature"]));
        Assert.Equal("video.ready", request.Headers["X-Studio-Event"]);
        Assert.True(long.TryParse(request.Headers["X-Studio-Timestamp"], out var unix) && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - unix) < 60);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(request.Headers["X-Studio-Delivery"], body.RootElement.GetProperty("id").GetString());
        Assert.True(Guid.TryParse(body.RootElement.GetProperty("id").GetString(), out _));
        Assert.Equal("video.ready", body.RootElement.GetProperty("event").GetString());
        Assert.Equal("Ümlaut & \"quotes\"", body.RootElement.GetProperty("data").GetProperty("title").GetString());
        Assert.True(body.RootElement.TryGetProperty("occurred_at", out _));
        Assert.Equal(delivery.PayloadJson, request.Text);
    }

    [Fact]
    public async Task Create_StoresTheSecretEncryptedAndNeverInClear()
    {
        var endpoint = await CreateEndpointAsync();

        await using var db = await _h.CreateContextAsync();
        var row = await db.WebhookEndpoints.AsNoTracking().SingleAsync();
        Assert.StartsWith("whsec_", endpoint.Secret);
        Assert.DoesNotContain(endpoint.Secret, row.ProtectedSecret);
        Assert.DoesNotContain(endpoint.Secret[6..], row.ProtectedSecret);
        Assert.DoesNotContain(endpoint.Secret, JsonSerializer.Serialize(row));
        var protector = _h.Get<IDataProtectionProvider>().CreateProtector("YouTubeStudio.Webhooks.v1");
        Assert.Equal(endpoint.Secret, protector.Unprotect(row.ProtectedSecret));
        Assert.DoesNotContain(endpoint.Secret, JsonSerializer.Serialize(await Webhooks.ListAsync()));
    }

    [Fact]
    public async Task Create_WithRelativeUrlOrUnknownEvent_IsInvalid()
    {
        var result = await Webhooks.CreateAsync(new WebhookEndpointInput("", "ftp://example.test/x", ["video.ready", "video.exploded"]));

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains("name", result.Errors.Keys);
        Assert.Contains("url", result.Errors.Keys);
        Assert.Contains("events", result.Errors.Keys);
        Assert.Equal(ResultStatus.Invalid, (await Webhooks.CreateAsync(new WebhookEndpointInput("x", "/relative", null))).Status);
        Assert.Empty(await Webhooks.ListAsync());
    }

    [Fact]
    public async Task Enqueue_ToAnEndpointNotSubscribedToTheEvent_SendsNothing()
    {
        await CreateEndpointAsync(["video.failed"]);

        Assert.Empty(await Webhooks.EnqueueAsync(Message(NotificationEvents.VideoReady)));
        Assert.Single(await Webhooks.EnqueueAsync(Message(NotificationEvents.VideoFailed)));
        Assert.Equal("video.failed", Assert.Single(_receiver.Requests).Headers["X-Studio-Event"]);
    }

    [Fact]
    public async Task Delivery_WhenTheReceiverAnswers500Twice_IsRetriedUntilItSucceedsOnTheThirdAttempt()
    {
        var endpoint = await CreateEndpointAsync();
        _receiver.AnswerWith(500, 500);
        await _h.StartAsync();

        var first = Assert.Single(await Webhooks.EnqueueAsync(Message()));
        Assert.False(first.Succeeded);
        Assert.Equal(500, first.StatusCode);
        Assert.NotNull(first.NextAttemptAt);

        var done = await EventuallyAsync(async () => (await Webhooks.ListDeliveriesAsync(endpoint.Endpoint.Id)).SingleOrDefault(d => d.Succeeded), "the delivery to succeed");
        Assert.Equal(3, done.Attempts);
        Assert.Equal(200, done.StatusCode);
        Assert.Null(done.Error);
        Assert.Equal(3, _receiver.Requests.Count);
        Assert.Single(_receiver.Requests.Select(r => r.Headers["X-Studio-Delivery"]).Distinct());
    }

    [Fact]
    public async Task SendTest_ReturnsTheOutcomeAtOnceAndIsNotRetried()
    {
        var endpoint = await CreateEndpointAsync(["cost.alert"]);

        var ok = await Webhooks.SendTestAsync(endpoint.Endpoint.Id);
        _receiver.AnswerWith(503);
        var failed = await Webhooks.SendTestAsync(endpoint.Endpoint.Id);

        Assert.NotNull(ok);
        Assert.True(ok.Succeeded);
        Assert.Equal(200, ok.StatusCode);
        Assert.Equal("webhook.test", ok.Event);
        Assert.All(_receiver.Requests, r => Assert.Equal("webhook.test", r.Headers["X-Studio-Event"]));
        Assert.NotNull(failed);
        Assert.False(failed.Succeeded);
        Assert.Equal(503, failed.StatusCode);
        Assert.Null(failed.NextAttemptAt);
        Assert.Equal(2, (await Webhooks.ListDeliveriesAsync(endpoint.Endpoint.Id)).Count);
        Assert.Null(await Webhooks.SendTestAsync(endpoint.Endpoint.Id + 100));
    }

    [Fact]
    public async Task Dispatcher_OnTaskCompletedReadyForUpload_SendsVideoReadyWithTheVideoData()
    {
        await CreateEndpointAsync();
        var (video, task) = await _h.AddVideoAsync(VideoStatus.ReadyForUpload);
        await _h.StartAsync();

        _h.Get<IEventBroadcaster>().Publish(new TaskChanged(DateTimeOffset.UtcNow, task.Id, video.Id, video.ChannelId, "ready_for_upload", null, 100, 0.0123m, "completed"));

        var request = await EventuallyAsync(() => Task.FromResult(_receiver.Requests.FirstOrDefault()), "a webhook request");
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("video.ready", body.RootElement.GetProperty("event").GetString());
        var data = body.RootElement.GetProperty("data");
        Assert.Equal(video.Id, data.GetProperty("video_id").GetInt64());
        Assert.Equal(video.ChannelId, data.GetProperty("channel_id").GetInt64());
        Assert.Equal("Rust in 60 seconds", data.GetProperty("title").GetString());
        Assert.Equal("ready_for_upload", data.GetProperty("status").GetString());
        Assert.Equal(0.0123m, data.GetProperty("cost_usd").GetDecimal());
    }

    [Fact]
    public async Task Dispatcher_OnOverBudgetFailure_SendsCostCapReachedAndOnPublishSendsVideoPublishedWithTheUrl()
    {
        await CreateEndpointAsync();
        var (failed, failedTask) = await _h.AddVideoAsync(VideoStatus.Failed, failureReason: "over_budget");
        var (published, publishTask) = await _h.AddVideoAsync(VideoStatus.Published, youTubeId: "abc123XYZ_-");
        var dispatcher = _h.Get<NotificationDispatcher>();

        await dispatcher.HandleAsync(new TaskChanged(DateTimeOffset.UtcNow, failedTask.Id, failed.Id, failed.ChannelId, "failed", "voice", 40, 2.9m, "failed"));
        await dispatcher.HandleAsync(new TaskChanged(DateTimeOffset.UtcNow, publishTask.Id, published.Id, published.ChannelId, "published", null, 100, 0.01m, "completed"));

        var bodies = _receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        var cap = Assert.Single(bodies, b => b.GetProperty("event").GetString() == "cost.cap_reached");
        Assert.Equal("over_budget", cap.GetProperty("data").GetProperty("failure_reason").GetString());
        Assert.Equal(failed.Id, cap.GetProperty("data").GetProperty("video_id").GetInt64());
        var pub = Assert.Single(bodies, b => b.GetProperty("event").GetString() == "video.published");
        Assert.Equal("published", pub.GetProperty("data").GetProperty("status").GetString());
        Assert.Equal("https://www.youtube.com/watch?v=abc123XYZ_-", pub.GetProperty("data").GetProperty("youtube_url").GetString());
        Assert.DoesNotContain(bodies, b => b.GetProperty("event").GetString() == "video.failed");
    }
}
