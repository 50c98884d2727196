using System.Net;
using System.Text.Json.Nodes;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Tests.Fixtures.FakeYouTube;

namespace YouTubeStudio.Tests.YouTube;

public sealed class YouTubeClientUploadTests : IClassFixture<FakeYouTubeServer>, IDisposable
{
    private const int Chunk = 256 * 1024;
    private readonly FakeYouTubeServer _server;
    private readonly YouTubeHarness _yt;

    public YouTubeClientUploadTests(FakeYouTubeServer server)
    {
        _server = server;
        _server.Reset();
        _yt = new YouTubeHarness(server, o => o.UploadChunkSize = Chunk);
    }

    public void Dispose() => _yt.Dispose();

    [Fact]
    public async Task UploadVideo_InChunks_SendsSnippetAndStatusAndEveryByte()
    {
        using var client = await _yt.ConnectClientAsync();
        var file = RandomBytes(Chunk * 6 - 12345);
        var publishAt = DateTimeOffset.UtcNow.AddDays(2);
        var progress = new List<YouTubeUploadProgress>();
        Uri? sessionUri = null;
        var video = new YouTubeVideoUpload("Five facts about owls", "Owls are birds.", ["owls", "birds"], "27", YouTubePrivacy.Public, publishAt, "en");

        var result = await client.UploadVideoAsync(video, new MemoryStream(file),
            new YouTubeUploadCallbacks(u => sessionUri = u, new SynchronousProgress<YouTubeUploadProgress>(progress.Add)), CancellationToken.None);

        var session = Assert.Single(_server.Uploads.Sessions);
        Assert.Equal(file, session.Content);
        Assert.Equal("snippet,status", session.Part);
        Assert.Equal(file.Length, session.DeclaredLength);
        Assert.Equal("video/mp4", session.ContentType);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"bytes {i * Chunk}-{Math.Min((i + 1) * Chunk, file.Length) - 1}/{file.Length}"), session.ContentRanges);
        Assert.Equal(5, session.IncompleteAnswers);

        var snippet = session.Metadata!["snippet"]!;
        Assert.Equal("Five facts about owls", (string?)snippet["title"]);
        Assert.Equal("Owls are birds.", (string?)snippet["description"]);
        Assert.Equal(["owls", "birds"], snippet["tags"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("27", (string?)snippet["categoryId"]);
        Assert.Equal("en", (string?)snippet["defaultLanguage"]);
        var status = session.Metadata["status"]!;
        Assert.Equal("private", (string?)status["privacyStatus"]);
        Assert.Equal(publishAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), (string?)status["publishAt"]);
        Assert.False((bool)status["selfDeclaredMadeForKids"]!);
        Assert.True((bool)status["containsSyntheticMedia"]!);

        Assert.Equal(session.Result!["id"]!.GetValue<string>(), result.VideoId);
        Assert.Equal(("uploaded", "private"), (result.UploadStatus, result.PrivacyStatus));
        Assert.Equal(publishAt.ToUnixTimeMilliseconds(), result.PublishAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(session.Id, System.Web.HttpUtility.ParseQueryString(sessionUri!.Query)["upload_id"]);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => (long)Math.Min(i * Chunk, file.Length)), progress.Select(p => p.BytesSent));
        Assert.All(progress, p => Assert.Equal(file.Length, p.TotalBytes));

        var init = Assert.Single(_server.RequestsTo("/upload/youtube/v3/videos"), r => r.Method == "POST");
        Assert.Equal("resumable", init.Query["uploadType"]);
        Assert.Equal("snippet,status", init.Query["part"]);
        Assert.Equal(1600, (await _yt.Quota.GetTodayAsync(CancellationToken.None)).UnitsUsed);
        Assert.Contains(result.VideoId, await client.GetPlaylistVideoIdsAsync(_server.Data.UploadsPlaylistId, CancellationToken.None));
    }

    [Fact]
    public async Task UploadVideo_WhenTheConnectionDropsMidChunk_ContinuesFromWhatGoogleKept()
    {
        using var client = await _yt.ConnectClientAsync();
        var file = RandomBytes(Chunk * 4 + 100);
        _server.Uploads.InterruptAfter(Chunk + 7777, UploadInterruption.DropConnection);

        var result = await client.UploadVideoAsync(Video(), new MemoryStream(file), null, CancellationToken.None);

        var session = Assert.Single(_server.Uploads.Sessions);
        Assert.Equal(file, session.Content);
        Assert.Equal(session.Result!["id"]!.GetValue<string>(), result.VideoId);
        // Google.Apis asked where to go on (bytes */N) and resent from Google's Range, not from the chunk start.
        Assert.Contains($"bytes */{file.Length}", session.ContentRanges);
        Assert.Contains(session.ContentRanges, r => r.StartsWith($"bytes {Chunk + 7777}-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadVideo_When503MidUpload_IsRetriedByTheLibrary()
    {
        using var client = await _yt.ConnectClientAsync();
        var file = RandomBytes(Chunk * 3);
        _server.Uploads.InterruptAfter(Chunk * 2, UploadInterruption.ServiceUnavailable);

        await client.UploadVideoAsync(Video(), new MemoryStream(file), null, CancellationToken.None);

        var session = Assert.Single(_server.Uploads.Sessions);
        Assert.Equal(file, session.Content);
        Assert.Contains(_server.RequestsTo("/upload/youtube/v3/videos"), r => r.StatusCode == 503);
    }

    [Fact]
    public async Task UploadVideo_InterruptedForGood_IsResumedFromItsSessionUriAfterARestart()
    {
        var file = RandomBytes(Chunk * 5 + 1);
        Uri? persisted = null;
        _server.Uploads.InterruptAfter(Chunk * 2 + 10, UploadInterruption.DropConnection, outage: true);
        YouTubeUploadInterruptedException interrupted;
        using (var client = await _yt.ConnectClientAsync())
        {
            interrupted = await Assert.ThrowsAsync<YouTubeUploadInterruptedException>(() =>
                client.UploadVideoAsync(Video(), new MemoryStream(file), new YouTubeUploadCallbacks(u => persisted = u), CancellationToken.None));
        }

        Assert.Equal(persisted, interrupted.SessionUri);
        Assert.Equal(Chunk * 2 + 10, Assert.Single(_server.Uploads.Sessions).Received);

        // "Restart": a new client from the stored token and a fresh stream of the same file.
        _server.Uploads.EndOutage();
        using var restarted = await _yt.Factory.CreateAsync("channel-1", CancellationToken.None);
        var progress = new List<long>();
        var result = await restarted.ResumeUploadAsync(persisted!, Video(), new MemoryStream(file),
            new YouTubeUploadCallbacks(Progress: new SynchronousProgress<YouTubeUploadProgress>(p => progress.Add(p.BytesSent))), CancellationToken.None);

        var session = Assert.Single(_server.Uploads.Sessions);
        Assert.Equal(file, session.Content);
        Assert.Equal(session.Result!["id"]!.GetValue<string>(), result.VideoId);
        Assert.Equal(file.Length, progress[^1]);
        Assert.Single(_server.RequestsTo("/upload/youtube/v3/videos"), r => r.Method == "POST");
        Assert.Equal(1600, (await _yt.Quota.GetTodayAsync(CancellationToken.None)).UnitsUsed);
    }

    [Fact]
    public async Task UploadVideo_WithAPastPublishAt_IsRefusedByGoogle()
    {
        using var client = await _yt.ConnectClientAsync();

        var e = await Assert.ThrowsAsync<YouTubeApiException>(() => client.UploadVideoAsync(
            Video() with { PublishAt = DateTimeOffset.UtcNow.AddHours(-1) }, new MemoryStream(RandomBytes(10)), null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal("invalidPublishAt", e.Reason);
        Assert.Empty(_server.Uploads.Sessions);
    }

    [Fact]
    public async Task UploadVideo_WithoutTheUploadScope_IsRefused()
    {
        _server.OAuth.ConsentScopes = [YouTubeScopes.ReadOnly, YouTubeScopes.AnalyticsReadOnly];
        using var client = await _yt.ConnectClientAsync();

        var e = await Assert.ThrowsAsync<YouTubeApiException>(() =>
            client.UploadVideoAsync(Video(), new MemoryStream(RandomBytes(10)), null, CancellationToken.None));

        Assert.Equal("insufficientPermissions", e.Reason);
    }

    [Fact]
    public async Task UploadVideo_WhenGoogleSaysQuotaExceeded_ThrowsWithTheNextPacificMidnight()
    {
        using var client = await _yt.ConnectClientAsync();
        _server.FailNext(FakeFault.QuotaExceeded, pathContains: "/upload/");

        var e = await Assert.ThrowsAsync<YouTubeQuotaExceededException>(() =>
            client.UploadVideoAsync(Video(), new MemoryStream(RandomBytes(10)), null, CancellationToken.None));

        Assert.Equal(QuotaDay.NextResetUtc(DateTimeOffset.UtcNow), e.RetryAfterUtc);
    }

    [Fact]
    public async Task SetThumbnail_UploadsThePngForTheVideo()
    {
        using var client = await _yt.ConnectClientAsync();
        var png = (byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes(5000)];

        await client.SetThumbnailAsync("D-lhorsDlUQ", new MemoryStream(png), "image/png", CancellationToken.None);

        Assert.Equal(png, _server.Uploads.Thumbnails["D-lhorsDlUQ"]);
        var init = Assert.Single(_server.RequestsTo("/upload/youtube/v3/thumbnails/set"), r => r.Method == "POST");
        Assert.Equal("D-lhorsDlUQ", init.Query["videoId"]);
        Assert.Equal("image/png", init.Header("X-Upload-Content-Type"));
        Assert.Equal(50, (await _yt.Quota.GetTodayAsync(CancellationToken.None)).UnitsUsed);
    }

    [Fact]
    public async Task SetThumbnail_ForAnUnknownVideo_MapsVideoNotFound()
    {
        using var client = await _yt.ConnectClientAsync();

        var e = await Assert.ThrowsAsync<YouTubeApiException>(() =>
            client.SetThumbnailAsync("nope", new MemoryStream(RandomBytes(100)), "image/png", CancellationToken.None));

        Assert.Equal((HttpStatusCode.NotFound, "videoNotFound"), (e.StatusCode, e.Reason));
    }

    [Fact]
    public async Task SetThumbnail_WithBytesThatAreNoImage_MapsInvalidImage()
    {
        using var client = await _yt.ConnectClientAsync();

        var e = await Assert.ThrowsAsync<YouTubeApiException>(() =>
            client.SetThumbnailAsync("D-lhorsDlUQ", new MemoryStream(RandomBytes(100)), "image/png", CancellationToken.None));

        Assert.Equal((HttpStatusCode.BadRequest, "invalidImage"), (e.StatusCode, e.Reason));
        Assert.False(_server.Uploads.Thumbnails.ContainsKey("D-lhorsDlUQ"));
    }

    private static YouTubeVideoUpload Video() => new("A title", "A description", ["tag"], "22", YouTubePrivacy.Unlisted);

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the reports in order and complete.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
