using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.YouTube.Publishing;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Tests.Fixtures.FakeYouTube;

namespace YouTubeStudio.Tests.YouTube.App;

/// <summary><c>POST videos/{id}/publish</c> through the queue to Google's fake: upload, thumbnail, status, retries.</summary>
public sealed class YouTubePublishTests : IClassFixture<YouTubeAppFixture>
{
    private readonly YouTubeAppFixture _fx;

    public YouTubePublishTests(YouTubeAppFixture fixture)
    {
        _fx = fixture;
        _fx.ResetAsync().GetAwaiter().GetResult();
    }

    private StudioAppFactory App => _fx.App;

    private async Task<long> ConnectedChannelAsync()
    {
        using var browser = await YouTubeAppFixture.BrowserAsync(App, Roles.Manager);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(App);
        using var back = await _fx.ConnectAsync(browser, channelId);
        Assert.Equal($"/channels?connected={channelId}", back.Headers.Location!.OriginalString);
        return channelId;
    }

    [Fact]
    public async Task Publish_WithPublishAtTomorrow_UploadsEveryByteSetsTheThumbnailAndSchedules()
    {
        var channelId = await ConnectedChannelAsync();
        var (videoId, mp4) = await YouTubeAppFixture.CreateReadyVideoAsync(App, channelId, YouTubeAppFixture.Chunk * 2 + 999);
        using var api = await App.CreateClientAsync(Roles.Manager);
        var publishAt = DateTimeOffset.UtcNow.AddDays(1);

        using var response = await api.PostJsonAsync($"/api/v1/videos/{videoId}/publish", new { privacy = "public", publish_at = publishAt, category_id = "27" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var taskId = (await response.ReadJsonAsync()).GetProperty("task_id").GetString()!;
        var task = await YouTubeAppFixture.WaitForTaskAsync(api, taskId, t => t.GetProperty("status").GetString() is "scheduled" or "failed");
        Assert.Equal("scheduled", task.GetProperty("status").GetString());

        var session = Assert.Single(_fx.Server.Uploads.Sessions, s => s.Method == "youtube.videos.insert");
        Assert.Equal("snippet,status", session.Part);
        Assert.Equal(mp4, session.Content);
        var status = session.Metadata!["status"]!;
        Assert.Equal("private", (string?)status["privacyStatus"]);
        Assert.Equal(publishAt.ToUnixTimeSeconds(), DateTimeOffset.Parse((string)status["publishAt"]!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        Assert.True((bool)status["containsSyntheticMedia"]!);
        Assert.False((bool)status["selfDeclaredMadeForKids"]!);
        Assert.Equal("27", (string?)session.Metadata["snippet"]!["categoryId"]);
        var youTubeId = (string)session.Result!["id"]!;
        Assert.True(_fx.Server.Uploads.Thumbnails.ContainsKey(youTubeId));

        var video = await (await api.GetAsync($"/api/v1/videos/{videoId}")).ReadJsonAsync();
        Assert.Equal("scheduled", video.GetProperty("status").GetString());
        Assert.Equal(youTubeId, video.GetProperty("youtube_video_id").GetString());
        Assert.Equal($"https://www.youtube.com/watch?v={youTubeId}", video.GetProperty("youtube_url").GetString());
    }

    [Fact]
    public async Task Publish_WithoutPublishAt_Publishes()
    {
        var channelId = await ConnectedChannelAsync();
        var (videoId, _) = await YouTubeAppFixture.CreateReadyVideoAsync(App, channelId);
        using var api = await App.CreateClientAsync(Roles.Admin);

        using var response = await api.PostJsonAsync($"/api/v1/videos/{videoId}/publish", new { privacy = "unlisted" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var taskId = (await response.ReadJsonAsync()).GetProperty("task_id").GetString()!;
        var task = await YouTubeAppFixture.WaitForTaskAsync(api, taskId, t => t.GetProperty("status").GetString() is "published" or "failed");
        Assert.Equal("published", task.GetProperty("status").GetString());
        var session = Assert.Single(_fx.Server.Uploads.Sessions, s => s.Method == "youtube.videos.insert");
        Assert.Equal("unlisted", (string?)session.Metadata!["status"]!["privacyStatus"]);
        Assert.Null(session.Metadata["status"]!["publishAt"]);
        Assert.Single(_fx.Server.Uploads.Thumbnails);
    }

    [Fact]
    public async Task Publish_WhenInvalid_AnswersConflictOrValidationErrors()
    {
        using var api = await App.CreateClientAsync(Roles.Manager);
        var unconnected = await YouTubeAppFixture.CreateChannelAsync(App);
        var (notConnectedVideo, _) = await YouTubeAppFixture.CreateReadyVideoAsync(App, unconnected);
        var channelId = await ConnectedChannelAsync();
        var (video, _) = await YouTubeAppFixture.CreateReadyVideoAsync(App, channelId);
        var (draft, _) = await YouTubeAppFixture.CreateReadyVideoAsync(App, channelId);
        await using (var db = await YouTubeAppFixture.Db(App).CreateDbContextAsync())
        {
            await db.Videos.Where(v => v.Id == draft).ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, Core.Videos.VideoStatus.Rendering));
        }

        using var notReady = await api.PostJsonAsync($"/api/v1/videos/{draft}/publish", new { privacy = "private" });
        using var notConnected = await api.PostJsonAsync($"/api/v1/videos/{notConnectedVideo}/publish", new { privacy = "private" });
        using var past = await api.PostJsonAsync($"/api/v1/videos/{video}/publish", new { privacy = "private", publish_at = DateTimeOffset.UtcNow.AddHours(-1) });
        using var badPrivacy = await api.PostJsonAsync($"/api/v1/videos/{video}/publish", new { privacy = "friends-only" });

        await notReady.AssertProblemAsync(HttpStatusCode.Conflict);
        await notConnected.AssertProblemAsync(HttpStatusCode.Conflict);
        await past.AssertValidationErrorAsync("publish_at");
        await badPrivacy.AssertValidationErrorAsync("privacy");
        Assert.Empty(_fx.Server.Uploads.Sessions);
    }

    [Fact]
    public async Task Publish_AsViewer_IsForbidden()
    {
        using var viewer = await App.CreateClientAsync(Roles.Viewer);
        using var response = await viewer.PostJsonAsync("/api/v1/videos/1/publish", new { privacy = "private" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Publish_WhenTheUploadIsInterrupted_RetriesFromTheSavedSession()
    {
        var channelId = await ConnectedChannelAsync();
        var size = YouTubeAppFixture.Chunk * 3 + 100;
        var (videoId, mp4) = await YouTubeAppFixture.CreateReadyVideoAsync(App, channelId, size);
        using var api = await App.CreateClientAsync(Roles.Manager);
        _fx.Server.Uploads.InterruptAfter(YouTubeAppFixture.Chunk + 5000, UploadInterruption.DropConnection, outage: true);

        using var response = await api.PostJsonAsync($"/api/v1/videos/{videoId}/publish", new { privacy = "public" });
        var taskId = (await response.ReadJsonAsync()).GetProperty("task_id").GetString()!;

        var waiting = await YouTubeAppFixture.WaitForTaskAsync(api, taskId, t => t.GetProperty("attempts").GetInt32() >= 1 && t.GetProperty("last_error").ValueKind == JsonValueKind.String);
        _fx.Server.Uploads.EndOutage();
        Assert.Equal("queued", waiting.GetProperty("status").GetString());
        Assert.Equal("youtube_unavailable", waiting.GetProperty("failure_reason").GetString());
        await using (var db = await YouTubeAppFixture.Db(App).CreateDbContextAsync())
        {
            var saved = (await db.Videos.AsNoTracking().SingleAsync(v => v.Id == videoId)).UploadSessionUri;
            Assert.NotNull(saved);
            Assert.Contains("upload_id=" + _fx.Server.Uploads.Sessions.Single().Id, saved, StringComparison.Ordinal);
        }

        var done = await YouTubeAppFixture.WaitForTaskAsync(api, taskId, t => t.GetProperty("status").GetString() is "published" or "failed");
        Assert.Equal("published", done.GetProperty("status").GetString());
        var session = Assert.Single(_fx.Server.Uploads.Sessions, s => s.Method == "youtube.videos.insert");
        Assert.Contains($"bytes */{size}", session.ContentRanges);
        Assert.Equal(mp4, session.Content);
        Assert.Single(_fx.Server.RequestsTo("/upload/youtube/v3/videos"), r => r.Method == "POST");
    }

    [Fact]
    public async Task Publish_WhenTheGrantWasRevoked_FailsWithReconnectAndMarksTheChannel()
    {
        var channelId = await ConnectedChannelAsync();
        var (videoId, _) = await YouTubeAppFixture.CreateReadyVideoAsync(App, channelId);
        using var api = await App.CreateClientAsync(Roles.Manager);
        _fx.Server.OAuth.RevokeAllGrants();

        using var response = await api.PostJsonAsync($"/api/v1/videos/{videoId}/publish", new { privacy = "private" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var taskId = (await response.ReadJsonAsync()).GetProperty("task_id").GetString()!;

        var task = await YouTubeAppFixture.WaitForTaskAsync(api, taskId, t => t.GetProperty("status").GetString() is "failed" or "published");
        Assert.Equal("failed", task.GetProperty("status").GetString());
        Assert.Equal("youtube_reconnect", task.GetProperty("failure_reason").GetString());
        var status = await (await api.GetAsync($"/api/v1/channels/{channelId}/youtube")).ReadJsonAsync();
        Assert.Equal("needs_reconnect", status.GetProperty("state").GetString());
        var video = await (await api.GetAsync($"/api/v1/videos/{videoId}")).ReadJsonAsync();
        Assert.Equal("ready_for_upload", video.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AutoPublish_QueuesReadyVideosOldestFirstAtTheNextFreeSlots()
    {
        using var browser = await YouTubeAppFixture.BrowserAsync(App, Roles.Manager);
        var channels = App.Services.GetRequiredService<IChannelService>();
        var created = await channels.CreateAsync(new ChannelInput
        {
            Name = "auto-" + Guid.NewGuid().ToString("N")[..8], AutoPublish = true, VideosPerDay = 2, PublishTime = "17:00", TimeZone = "Europe/Berlin",
        });
        var channelId = created.Value!.Id;
        using (var back = await _fx.ConnectAsync(browser, channelId)) Assert.Equal($"/channels?connected={channelId}", back.Headers.Location!.OriginalString);
        var (first, _) = await YouTubeAppFixture.CreateReadyVideoAsync(App, channelId);
        var (second, _) = await YouTubeAppFixture.CreateReadyVideoAsync(App, channelId);
        var expected = AutoPublishPlanner.NextFreeSlots(new AutoPublishSchedule(2, new TimeOnly(17, 0), "Europe/Berlin"), [], DateTimeOffset.UtcNow, 2);

        var queued = await App.Services.GetRequiredService<IAutoPublishService>().RunAsync();

        Assert.Equal(2, queued);
        await using var db = await YouTubeAppFixture.Db(App).CreateDbContextAsync();
        var tasks = await db.GenerationTasks.AsNoTracking().Where(t => t.VideoId == first || t.VideoId == second).ToListAsync();
        DateTimeOffset PublishAtOf(long videoId) =>
            JsonDocument.Parse(tasks.Single(t => t.VideoId == videoId).ParamsJson).RootElement.GetProperty("publish_at").GetDateTimeOffset();
        Assert.Equal(expected[0], PublishAtOf(first));
        Assert.Equal(expected[1], PublishAtOf(second));
        Assert.All(tasks, t => Assert.Equal("publish", t.Action));

        // A second run finds nothing new to plan.
        Assert.Equal(0, await App.Services.GetRequiredService<IAutoPublishService>().RunAsync());
    }
}
