using Microsoft.AspNetCore.WebUtilities;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.YouTube;

public sealed class YouTubeOAuthServiceTests : IClassFixture<FakeYouTubeServer>, IDisposable
{
    private readonly FakeYouTubeServer _server;
    private readonly YouTubeHarness _yt;

    public YouTubeOAuthServiceTests(FakeYouTubeServer server)
    {
        _server = server;
        _server.Reset();
        _yt = new YouTubeHarness(server);
    }

    public void Dispose() => _yt.Dispose();

    [Fact]
    public void BuildAuthorizationUri_HasEveryParameterOfGooglesWebFlow()
    {
        var uri = _yt.OAuth.BuildAuthorizationUri(YouTubeHarness.RedirectUri, "state-123");

        Assert.Equal(_yt.Options.AuthUri, uri.GetLeftPart(UriPartial.Path));
        var q = QueryHelpers.ParseQuery(uri.Query);
        Assert.Equal("code", q["response_type"].ToString());
        Assert.Equal(_server.OAuth.ClientId, q["client_id"].ToString());
        Assert.Equal(YouTubeHarness.RedirectUri, q["redirect_uri"].ToString());
        Assert.Equal(string.Join(' ', YouTubeOptions.Scopes), q["scope"].ToString());
        Assert.Equal("offline", q["access_type"].ToString());
        Assert.Equal("consent", q["prompt"].ToString());
        Assert.Equal("true", q["include_granted_scopes"].ToString());
        Assert.Equal("state-123", q["state"].ToString());
        Assert.DoesNotContain("client_secret", uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangeCode_WithTheSameRedirectUri_StoresTokensAndGrantedScopes()
    {
        _server.OAuth.ConsentScopes = [YouTubeScopes.ReadOnly, YouTubeScopes.Upload, YouTubeScopes.AnalyticsReadOnly];

        var connection = await _yt.ConnectAsync("channel-7");

        Assert.True(connection.HasRefreshToken);
        Assert.True(connection.CanRead && connection.CanUpload && connection.CanReadAnalytics);
        Assert.False(connection.CanReadRevenue);
        Assert.Equal(3, connection.GrantedScopes.Count);
        var stored = await _yt.OAuth.GetConnectionAsync("channel-7", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(connection.GrantedScopes.Order(), stored.GrantedScopes.Order());
        Assert.True(stored.AccessTokenExpiresUtc > DateTimeOffset.UtcNow.AddMinutes(50));
        var token = Assert.Single(_server.RequestsTo("/token"));
        Assert.Equal("POST", token.Method);
        Assert.Equal(1, _server.OAuth.ActiveGrantCount);
    }

    [Fact]
    public async Task ExchangeCode_WithAnotherRedirectUri_FailsWithRedirectUriMismatch()
    {
        var callback = await _server.ConsentAsync(_yt.OAuth.BuildAuthorizationUri(YouTubeHarness.RedirectUri, "s"));
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();

        var e = await Assert.ThrowsAsync<YouTubeAuthException>(() =>
            _yt.OAuth.ExchangeCodeAsync("channel-1", code, "https://localhost/youtube/callback", CancellationToken.None));

        Assert.Equal("redirect_uri_mismatch", e.Error);
        Assert.Null(await _yt.OAuth.GetConnectionAsync("channel-1", CancellationToken.None));
    }

    [Fact]
    public async Task ExchangeCode_WithAWrongClientSecret_FailsWithInvalidClient()
    {
        using var wrong = new YouTubeHarness(_server, o => o.ClientSecret = "not-the-secret");
        var callback = await _server.ConsentAsync(wrong.OAuth.BuildAuthorizationUri(YouTubeHarness.RedirectUri, "s"));
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();

        var e = await Assert.ThrowsAsync<YouTubeAuthException>(() =>
            wrong.OAuth.ExchangeCodeAsync("channel-1", code, YouTubeHarness.RedirectUri, CancellationToken.None));

        Assert.Equal("invalid_client", e.Error);
        Assert.Equal(0, _server.OAuth.ActiveGrantCount);
    }

    [Fact]
    public async Task ExchangeCode_UsedTwice_FailsWithInvalidGrant()
    {
        var callback = await _server.ConsentAsync(_yt.OAuth.BuildAuthorizationUri(YouTubeHarness.RedirectUri, "s"));
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        await _yt.OAuth.ExchangeCodeAsync("channel-1", code, YouTubeHarness.RedirectUri, CancellationToken.None);

        var e = await Assert.ThrowsAsync<YouTubeAuthException>(() =>
            _yt.OAuth.ExchangeCodeAsync("channel-2", code, YouTubeHarness.RedirectUri, CancellationToken.None));

        Assert.Equal("invalid_grant", e.Error);
        Assert.True(e.NeedsReconnect);
    }

    [Fact]
    public async Task ExchangeCode_OfAnOnlineOnlyConsent_FailsForWantOfARefreshToken()
    {
        var online = _yt.OAuth.BuildAuthorizationUri(YouTubeHarness.RedirectUri, "s").ToString().Replace("access_type=offline", "access_type=online");
        var callback = await _server.ConsentAsync(new Uri(online));
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();

        var e = await Assert.ThrowsAsync<YouTubeAuthException>(() =>
            _yt.OAuth.ExchangeCodeAsync("channel-1", code, YouTubeHarness.RedirectUri, CancellationToken.None));

        Assert.Equal("no_refresh_token", e.Error);
        Assert.True(e.NeedsReconnect);
    }

    [Fact]
    public async Task Consent_WhenTheUserDeclines_RedirectsBackWithAccessDenied()
    {
        _server.OAuth.ConsentDenied = true;

        var callback = await _server.ConsentAsync(_yt.OAuth.BuildAuthorizationUri(YouTubeHarness.RedirectUri, "s-1"));

        var q = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("access_denied", q["error"].ToString());
        Assert.Equal("s-1", q["state"].ToString());
        Assert.False(q.ContainsKey("code"));
    }

    [Fact]
    public async Task Refresh_GetsANewAccessTokenAndStoresIt()
    {
        await _yt.ConnectAsync();
        var before = (await _yt.OAuth.GetCredentialAsync("channel-1", CancellationToken.None)).Token.AccessToken;

        var connection = await _yt.OAuth.RefreshAsync("channel-1", CancellationToken.None);

        var after = (await _yt.OAuth.GetCredentialAsync("channel-1", CancellationToken.None)).Token.AccessToken;
        Assert.NotEqual(before, after);
        Assert.True(connection.HasRefreshToken);
        Assert.Equal(1, _server.OAuth.RefreshCount);
    }

    [Fact]
    public async Task Refresh_WhenTheGrantWasRevokedAtGoogle_NeedsReconnect()
    {
        await _yt.ConnectAsync();
        _server.OAuth.RevokeAllGrants();

        var e = await Assert.ThrowsAsync<YouTubeAuthException>(() => _yt.OAuth.RefreshAsync("channel-1", CancellationToken.None));

        Assert.True(e.NeedsReconnect);
        Assert.Equal("invalid_grant", e.Error);
    }

    [Fact]
    public async Task Revoke_EndsTheGrantAtGoogleAndForgetsTheTokens()
    {
        await _yt.ConnectAsync();

        await _yt.OAuth.RevokeAsync("channel-1", CancellationToken.None);

        Assert.Equal(0, _server.OAuth.ActiveGrantCount);
        Assert.Null(await _yt.OAuth.GetConnectionAsync("channel-1", CancellationToken.None));
        var e = await Assert.ThrowsAsync<YouTubeAuthException>(() => _yt.Factory.CreateAsync("channel-1", CancellationToken.None));
        Assert.True(e.NeedsReconnect);
    }

    [Fact]
    public async Task Refresh_WithAWrongClientSecret_FailsButKeepsTheChannelsTokens()
    {
        await _yt.ConnectAsync();
        using var misconfigured = new YouTubeHarness(_server, o => o.ClientSecret = "typo", tokenStore: _yt.TokenStore);

        var e = await Assert.ThrowsAsync<YouTubeAuthException>(() => misconfigured.OAuth.RefreshAsync("channel-1", CancellationToken.None));

        Assert.Equal("invalid_client", e.Error);
        Assert.NotNull(await _yt.OAuth.GetConnectionAsync("channel-1", CancellationToken.None));
        await _yt.OAuth.RefreshAsync("channel-1", CancellationToken.None);
        Assert.Equal(1, _server.OAuth.RefreshCount);
    }
}
