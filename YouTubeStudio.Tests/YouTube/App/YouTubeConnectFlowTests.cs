using System.Net;
using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.YouTube.App;

/// <summary>The browser side of the OAuth web flow (DESIGN.md §8) end to end: app endpoints, Google's fake, the database.</summary>
public sealed class YouTubeConnectFlowTests : IClassFixture<YouTubeAppFixture>
{
    private readonly YouTubeAppFixture _fx;

    public YouTubeConnectFlowTests(YouTubeAppFixture fixture)
    {
        _fx = fixture;
        _fx.ResetAsync().GetAwaiter().GetResult();
    }

    private StudioAppFactory App => _fx.App;

    [Fact]
    public async Task Connect_AsManager_RedirectsToGoogleThenLinksTheChannelAndStoresTokensEncrypted()
    {
        using var browser = await YouTubeAppFixture.BrowserAsync(App, Roles.Manager);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(App);

        using var connect = await browser.GetAsync($"/youtube/connect/{channelId}");

        Assert.Equal(HttpStatusCode.Redirect, connect.StatusCode);
        var auth = connect.Headers.Location!;
        Assert.StartsWith(_fx.Server.Configuration["YouTube:AuthUri"]!, auth.ToString(), StringComparison.Ordinal);
        var q = YouTubeAppFixture.Query(auth);
        Assert.Equal("code", q["response_type"]);
        Assert.Equal(_fx.Server.OAuth.ClientId, q["client_id"]);
        Assert.Equal("http://localhost/youtube/callback", q["redirect_uri"]);
        Assert.Equal(YouTubeScopes.All.Order(), q["scope"].Split(' ').Order());
        Assert.Equal(4, q["scope"].Split(' ').Length);
        Assert.Equal("offline", q["access_type"]);
        Assert.Equal("consent", q["prompt"]);
        Assert.False(string.IsNullOrEmpty(q["state"]));

        var callback = await _fx.Server.ConsentAsync(auth);
        Assert.Equal(q["state"], YouTubeAppFixture.Query(callback)["state"]);
        using var back = await browser.GetAsync(callback.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal($"/channels?connected={channelId}", back.Headers.Location!.OriginalString);
        await using var db = await YouTubeAppFixture.Db(App).CreateDbContextAsync();
        var channel = await db.Channels.AsNoTracking().SingleAsync(c => c.Id == channelId);
        Assert.Equal(_fx.Server.Data.ChannelId, channel.YouTubeChannelId);
        Assert.False(string.IsNullOrEmpty(channel.YouTubeTitle));
        var row = await db.YouTubeCredentials.AsNoTracking().SingleAsync(c => c.ChannelId == channelId);
        Assert.False(string.IsNullOrEmpty(row.ProtectedToken));
        var accessToken = _fx.Server.RequestsTo("/youtube/v3/channels").Last().Header("Authorization")!["Bearer ".Length..];
        Assert.DoesNotContain(accessToken, row.ProtectedToken, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh_token", row.ProtectedToken, StringComparison.Ordinal);

        using var api = await App.CreateClientAsync(Roles.Viewer);
        var status = await (await api.GetAsync($"/api/v1/channels/{channelId}/youtube")).ReadJsonAsync();
        Assert.Equal("connected", status.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Callback_WithoutState_Answers400AndLinksNothing()
    {
        using var browser = await YouTubeAppFixture.BrowserAsync(App, Roles.Manager);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(App);
        using var connect = await browser.GetAsync($"/youtube/connect/{channelId}");
        var callback = await _fx.Server.ConsentAsync(connect.Headers.Location!);
        var code = YouTubeAppFixture.Query(callback)["code"];

        using var response = await browser.GetAsync($"/youtube/callback?code={Uri.EscapeDataString(code)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNotLinkedAsync(channelId);
    }

    [Fact]
    public async Task Callback_WithAnotherUsersState_Answers403AndLinksNothing()
    {
        using var victim = await YouTubeAppFixture.BrowserAsync(App, Roles.Manager);
        using var attacker = await YouTubeAppFixture.BrowserAsync(App, Roles.Manager);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(App);
        using var connect = await attacker.GetAsync($"/youtube/connect/{channelId}");
        var callback = await _fx.Server.ConsentAsync(connect.Headers.Location!);

        // The attacker's callback URL (code and state) opened in the victim's session.
        using var foreign = await victim.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);

        // A tampered state in the attacker's own session.
        var q = YouTubeAppFixture.Query(callback);
        var tampered = q["state"][..^4] + (q["state"].EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var forged = await attacker.GetAsync($"/youtube/callback?code={Uri.EscapeDataString(q["code"])}&state={Uri.EscapeDataString(tampered)}");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        await AssertNotLinkedAsync(channelId);
    }

    [Fact]
    public async Task Callback_WhenTheUserDeniesConsent_RedirectsWithYouTubeError()
    {
        using var browser = await YouTubeAppFixture.BrowserAsync(App, Roles.Admin);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(App);
        _fx.Server.OAuth.ConsentDenied = true;

        using var response = await _fx.ConnectAsync(browser, channelId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/channels?youtube_error=", location, StringComparison.Ordinal);
        Assert.Contains("access_denied", Uri.UnescapeDataString(location), StringComparison.Ordinal);
        await AssertNotLinkedAsync(channelId);
    }

    [Fact]
    public async Task Connect_AsViewer_IsForbidden_AndAnonymousIsSentToLogin()
    {
        var channelId = await YouTubeAppFixture.CreateChannelAsync(App);
        using var viewer = await YouTubeAppFixture.BrowserAsync(App, Roles.Viewer);
        using var anonymous = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var denied = await viewer.GetAsync($"/youtube/connect/{channelId}");
        using var login = await anonymous.GetAsync($"/youtube/connect/{channelId}");

        // A browser endpoint: the cookie handler shows the access-denied page rather than a bare 403.
        Assert.True(denied.StatusCode == HttpStatusCode.Forbidden
                    || (denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.AbsolutePath.StartsWith("/Account/AccessDenied", StringComparison.Ordinal)),
            $"Viewer got {(int)denied.StatusCode} {denied.Headers.Location}");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/Account/Login", login.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Empty(_fx.Server.RequestsTo("/o/oauth2"));
    }

    [Fact]
    public async Task Disconnect_RevokesAtGoogleAndDeletesTheTokens()
    {
        using var browser = await YouTubeAppFixture.BrowserAsync(App, Roles.Manager);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(App);
        using (var connected = await _fx.ConnectAsync(browser, channelId)) Assert.Equal($"/channels?connected={channelId}", connected.Headers.Location!.OriginalString);
        Assert.Equal(1, _fx.Server.OAuth.ActiveGrantCount);
        using var api = await App.CreateClientAsync(Roles.Manager);

        using var response = await api.PostAsync($"/api/v1/channels/{channelId}/youtube/disconnect", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Single(_fx.Server.RequestsTo("/revoke"));
        Assert.Equal(0, _fx.Server.OAuth.ActiveGrantCount);
        await AssertNotLinkedAsync(channelId);
        var status = await (await api.GetAsync($"/api/v1/channels/{channelId}/youtube")).ReadJsonAsync();
        Assert.Equal("not_connected", status.GetProperty("state").GetString());
    }

    private async Task AssertNotLinkedAsync(long channelId)
    {
        await using var db = await YouTubeAppFixture.Db(App).CreateDbContextAsync();
        Assert.Null((await db.Channels.AsNoTracking().SingleAsync(c => c.Id == channelId)).YouTubeChannelId);
        Assert.False(await db.YouTubeCredentials.AnyAsync(c => c.ChannelId == channelId));
    }
}
