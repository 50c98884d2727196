using System.Net;
using System.Text.Json.Nodes;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Tests.Fixtures.FakeYouTube;

namespace YouTubeStudio.Tests.YouTube;

public sealed class YouTubeClientTests : IClassFixture<FakeYouTubeServer>, IDisposable
{
    private readonly FakeYouTubeServer _server;
    private readonly YouTubeHarness _yt;

    public YouTubeClientTests(FakeYouTubeServer server)
    {
        _server = server;
        _server.Reset();
        _yt = new YouTubeHarness(server);
    }

    public void Dispose() => _yt.Dispose();

    [Fact]
    public async Task GetMyChannel_ReturnsTheRecordedChannelWithItsUploadsPlaylist()
    {
        using var client = await _yt.ConnectClientAsync();

        var channel = await client.GetMyChannelAsync(CancellationToken.None);

        var recorded = _server.Data.Channel;
        Assert.Equal((string)recorded["id"]!, channel.Id);
        Assert.Equal((string)recorded["snippet"]!["title"]!, channel.Title);
        Assert.Equal((string)recorded["snippet"]!["customUrl"]!, channel.Handle);
        Assert.Equal((string)recorded["snippet"]!["thumbnails"]!["high"]!["url"]!, channel.ThumbnailUrl);
        Assert.Equal(long.Parse((string)recorded["statistics"]!["subscriberCount"]!), channel.SubscriberCount);
        Assert.Equal(long.Parse((string)recorded["statistics"]!["viewCount"]!), channel.ViewCount);
        Assert.Equal(long.Parse((string)recorded["statistics"]!["videoCount"]!), channel.VideoCount);
        Assert.Equal(_server.Data.UploadsPlaylistId, channel.UploadsPlaylistId);
        var request = Assert.Single(_server.RequestsTo("/youtube/v3/channels"));
        Assert.Equal("true", request.Query["mine"]);
        Assert.Equal("snippet,statistics,contentDetails", request.Query["part"]);
        Assert.StartsWith("Bearer ya29.", request.Header("Authorization"));
    }

    [Fact]
    public async Task ExpiredAccessToken_IsRefreshedAndTheCallRetriedTransparently()
    {
        using var client = await _yt.ConnectClientAsync();
        _server.OAuth.ExpireAccessTokens();

        var channel = await client.GetMyChannelAsync(CancellationToken.None);

        Assert.Equal(_server.Data.ChannelId, channel.Id);
        Assert.Equal(1, _server.OAuth.RefreshCount);
        var calls = _server.RequestsTo("/youtube/v3/channels");
        Assert.Equal([401, 200], calls.Select(c => c.StatusCode));
        Assert.NotEqual(calls[0].Header("Authorization"), calls[1].Header("Authorization"));
        // The refreshed token was written back to the store, so the next client starts with it.
        var stored = await _yt.OAuth.GetCredentialAsync("channel-1", CancellationToken.None);
        Assert.Equal(calls[1].Header("Authorization"), "Bearer " + stored.Token.AccessToken);
    }

    [Fact]
    public async Task AccessToken_PastItsExpiryOnTheAppsClock_IsRefreshedBeforeTheCall()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var yt = new YouTubeHarness(_server, timeProvider: time);
        using var client = await yt.ConnectClientAsync();
        time.Advance(TimeSpan.FromHours(1));

        await client.GetMyChannelAsync(CancellationToken.None);

        Assert.Equal(1, _server.OAuth.RefreshCount);
        Assert.Equal([200], _server.RequestsTo("/youtube/v3/channels").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task A401_FromTheApi_IsRefreshedAndRetriedOnce()
    {
        using var client = await _yt.ConnectClientAsync();
        _server.FailNext(FakeFault.Unauthorized);

        await client.GetMyChannelAsync(CancellationToken.None);

        Assert.Equal(1, _server.OAuth.RefreshCount);
        Assert.Equal([401, 200], _server.RequestsTo("/youtube/v3/channels").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task RevokedGrant_WhenTheAccessTokenExpires_NeedsReconnect()
    {
        using var client = await _yt.ConnectClientAsync();
        _server.OAuth.RevokeAllGrants();

        var e = await Assert.ThrowsAsync<YouTubeAuthException>(() => client.GetMyChannelAsync(CancellationToken.None));

        Assert.True(e.NeedsReconnect);
        Assert.Equal("invalid_grant", e.Error);
    }

    [Fact]
    public async Task GetVideos_ParsesEveryPartAndIsoDurations()
    {
        _server.Data.AddVideo("short000001", "A short", "PT45S", 10, 2, 1, "shorts");
        _server.Data.AddVideo("long0000001", "A long one", "PT1H2M3S", 1234, 56, 7, "a", "b");
        _server.Data.AddVideo("daylong0001", "A day", "P1DT1S", 5, 0, 0);
        using var client = await _yt.ConnectClientAsync();

        var videos = await client.GetVideosAsync(["D-lhorsDlUQ", "short000001", "long0000001", "daylong0001", "doesnotexist"], CancellationToken.None);

        Assert.Equal(["D-lhorsDlUQ", "short000001", "long0000001", "daylong0001"], videos.Select(v => v.Id));
        var recorded = _server.Data.Video("D-lhorsDlUQ")!;
        var first = videos[0];
        Assert.Equal((string)recorded["snippet"]!["title"]!, first.Title);
        Assert.Equal((string)recorded["snippet"]!["description"]!, first.Description);
        Assert.Equal(recorded["snippet"]!["tags"]!.AsArray().Select(t => (string)t!), first.Tags);
        Assert.Equal((string)recorded["snippet"]!["categoryId"]!, first.CategoryId);
        Assert.Equal(DateTimeOffset.Parse((string)recorded["snippet"]!["publishedAt"]!), first.PublishedAt);
        Assert.Equal(21 * 60 + 7, first.DurationSeconds);
        Assert.Equal(long.Parse((string)recorded["statistics"]!["viewCount"]!), first.Views);
        Assert.Equal(long.Parse((string)recorded["statistics"]!["likeCount"]!), first.Likes);
        Assert.Equal(long.Parse((string)recorded["statistics"]!["commentCount"]!), first.Comments);
        Assert.Equal((string)recorded["status"]!["privacyStatus"]!, first.PrivacyStatus);
        Assert.Equal([45, 3723, 86401], videos.Skip(1).Select(v => v.DurationSeconds));
        Assert.Equal((1234, 56, 7), (videos[2].Views, videos[2].Likes, videos[2].Comments));
        Assert.Equal(["a", "b"], videos[2].Tags);
        var request = Assert.Single(_server.RequestsTo("/youtube/v3/videos"));
        Assert.Equal("snippet,contentDetails,statistics,status", request.Query["part"]);
    }

    [Fact]
    public async Task GetVideos_AsksForAtMost50IdsPerCall()
    {
        var ids = Enumerable.Range(0, 120).Select(i => $"vid{i:D8}").ToArray();
        foreach (var id in ids)
        {
            _server.Data.AddVideo(id, id, "PT1M", 1, 0, 0);
        }

        using var client = await _yt.ConnectClientAsync();

        var videos = await client.GetVideosAsync(ids, CancellationToken.None);

        Assert.Equal(ids, videos.Select(v => v.Id));
        Assert.Equal([50, 50, 20], _server.RequestsTo("/youtube/v3/videos").Select(r => r.Query["id"].Split(',').Length));
        Assert.Equal(3, (await _yt.Ledger.GetUsageAsync(QuotaDay.For(DateTimeOffset.UtcNow), CancellationToken.None)).UnitsByOperation["videos.list"]);
    }

    [Fact]
    public async Task GetPlaylistVideoIds_FollowsPageTokensToTheEnd()
    {
        using var yt = new YouTubeHarness(_server, o => o.PageSize = 5);
        using var client = await yt.ConnectClientAsync();
        var expected = new[] { "playlist_items_paged_1.json", "playlist_items_paged_2.json" }
            .SelectMany(f => SampleData.LoadObject("sample_responses/python-youtube_apidata/playlist_items/" + f)["items"]!.AsArray())
            .Select(i => (string)i!["snippet"]!["resourceId"]!["videoId"]!)
            .ToList();

        var ids = await client.GetPlaylistVideoIdsAsync(_server.Data.UploadsPlaylistId, CancellationToken.None);

        Assert.Equal(13, expected.Count);
        Assert.Equal(expected, ids);
        var pages = _server.RequestsTo("/youtube/v3/playlistItems");
        Assert.Equal(3, pages.Count);
        Assert.False(pages[0].Query.ContainsKey("pageToken"));
        Assert.All(pages.Skip(1), p => Assert.False(string.IsNullOrEmpty(p.Query["pageToken"])));
        Assert.All(pages, p => Assert.Equal("5", p.Query["maxResults"]));
    }

    [Fact]
    public async Task GetPlaylistVideoIds_ForAnUnknownPlaylist_MapsGoogles404()
    {
        using var client = await _yt.ConnectClientAsync();

        var e = await Assert.ThrowsAsync<YouTubeApiException>(() => client.GetPlaylistVideoIdsAsync("PLnope", CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("playlistNotFound", e.Reason);
    }

    [Fact]
    public async Task WithoutTheReadScope_ListsAreRefusedWithInsufficientPermissions()
    {
        _server.OAuth.ConsentScopes = [YouTubeScopes.Upload];
        using var client = await _yt.ConnectClientAsync();

        var e = await Assert.ThrowsAsync<YouTubeApiException>(() => client.GetMyChannelAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
        Assert.Equal("insufficientPermissions", e.Reason);
    }

    [Fact]
    public async Task QuotaExceeded_FromGoogle_MapsToQuotaExceptionAndSpendsTheRestOfTheDay()
    {
        using var client = await _yt.ConnectClientAsync();
        _server.FailNext(FakeFault.QuotaExceeded);

        var e = await Assert.ThrowsAsync<YouTubeQuotaExceededException>(() => client.GetMyChannelAsync(CancellationToken.None));

        Assert.Equal(QuotaDay.NextResetUtc(DateTimeOffset.UtcNow), e.RetryAfterUtc);
        var today = await _yt.Quota.GetTodayAsync(CancellationToken.None);
        Assert.Equal(0, today.UnitsRemaining);
        // The ledger now refuses before anything reaches Google.
        await Assert.ThrowsAsync<YouTubeQuotaExceededException>(() => client.GetMyChannelAsync(CancellationToken.None));
        Assert.Single(_server.RequestsTo("/youtube/v3/channels"));
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackOffThenSucceed()
    {
        using var client = await _yt.ConnectClientAsync();
        _server.FailNext(FakeFault.ServerError, times: 2);

        var channel = await client.GetMyChannelAsync(CancellationToken.None);

        Assert.Equal(_server.Data.ChannelId, channel.Id);
        Assert.Equal([500, 500, 200], _server.RequestsTo("/youtube/v3/channels").Select(c => c.StatusCode));
        Assert.Equal(1, (await _yt.Quota.GetTodayAsync(CancellationToken.None)).UnitsUsed);
    }

    [Fact]
    public async Task ServerErrors_ThatOutlastTheRetries_AreTransient()
    {
        using var yt = new YouTubeHarness(_server, o => o.MaxRetries = 2);
        using var client = await yt.ConnectClientAsync();
        _server.FailNext(FakeFault.ServiceUnavailable, times: 10);

        var e = await Assert.ThrowsAsync<YouTubeTransientException>(() => client.GetMyChannelAsync(CancellationToken.None));

        Assert.Contains("503", e.Message);
        Assert.Equal(1 + 2, _server.RequestsTo("/youtube/v3/channels").Count);
    }
}
