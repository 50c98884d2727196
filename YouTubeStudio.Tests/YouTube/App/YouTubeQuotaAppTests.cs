using System.Net;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.YouTube.App;

/// <summary>An app whose daily quota cannot hold a videos.insert: publishing waits for the next Pacific day.</summary>
public sealed class YouTubeQuotaAppTests(FakeYouTubeServer server) : IClassFixture<FakeYouTubeServer>
{
    [Fact]
    public async Task Publish_WhenTheUploadDoesNotFitTheQuota_WaitsForTheNextPacificDayInsteadOfFailing()
    {
        server.Reset();
        await using var app = new StudioAppFactory { Settings = YouTubeAppFixture.SettingsFor(server, new Dictionary<string, string?> { ["YouTube:DailyQuotaUnits"] = "100" }) };
        await app.CreateUserAsync(Roles.Admin);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(app);
        using (var browser = await YouTubeAppFixture.BrowserAsync(app, Roles.Manager))
        using (var back = await YouTubeAppFixture.ConnectAsync(server, browser, channelId))
        {
            Assert.Equal($"/channels?connected={channelId}", back.Headers.Location!.OriginalString);
        }
        var (videoId, _) = await YouTubeAppFixture.CreateReadyVideoAsync(app, channelId);
        using var api = await app.CreateClientAsync(Roles.Manager);
        var before = DateTimeOffset.UtcNow;

        using var response = await api.PostJsonAsync($"/api/v1/videos/{videoId}/publish", new { privacy = "public" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var taskId = (await response.ReadJsonAsync()).GetProperty("task_id").GetString()!;

        var task = await YouTubeAppFixture.WaitForTaskAsync(api, taskId, t => t.GetProperty("last_error").ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.Equal("queued", task.GetProperty("status").GetString());
        Assert.Contains("quota", task.GetProperty("last_error").GetString(), StringComparison.OrdinalIgnoreCase);
        var next = task.GetProperty("next_attempt_at").GetDateTimeOffset();
        Assert.True(next == QuotaDay.NextResetUtc(before) || next == QuotaDay.NextResetUtc(DateTimeOffset.UtcNow), $"next_attempt_at {next:o}");
        Assert.Empty(server.Uploads.Sessions);

        var quota = await (await api.GetAsync("/api/v1/youtube/quota")).ReadJsonAsync();
        Assert.Equal(100, quota.GetProperty("daily_limit").GetInt32());
        Assert.Equal(1, quota.GetProperty("units_used").GetInt32()); // channels.list when connecting
        Assert.Equal(99, quota.GetProperty("units_remaining").GetInt32());
    }
}
