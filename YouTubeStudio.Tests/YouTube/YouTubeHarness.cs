using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.YouTube;

/// <summary>The YouTube layer wired as AddYouTube wires it, pointed at a <see cref="FakeYouTubeServer"/>.</summary>
internal sealed class YouTubeHarness : IDisposable
{
    public const string RedirectUri = "http://localhost/youtube/callback";

    private readonly FakeYouTubeServer _server;

    public YouTubeHarness(FakeYouTubeServer server, Action<YouTubeOptions>? configure = null, TimeProvider? timeProvider = null, InMemoryYouTubeTokenStore? tokenStore = null)
    {
        _server = server;
        TokenStore = tokenStore ?? new InMemoryYouTubeTokenStore();
        var time = timeProvider ?? TimeProvider.System;
        Options = server.CreateOptions(configure);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Quota = new YouTubeQuota(Ledger, options, time);
        OAuth = new YouTubeOAuthService(options, TokenStore, time);
        Factory = new YouTubeClientFactory(OAuth, Quota, options);
    }

    public YouTubeOptions Options { get; }

    public InMemoryYouTubeTokenStore TokenStore { get; }

    public InMemoryQuotaLedger Ledger { get; } = new();

    public YouTubeQuota Quota { get; }

    public YouTubeOAuthService OAuth { get; }

    public YouTubeClientFactory Factory { get; }

    /// <summary>Consent in the "browser", then the callback's code exchange, as the app's endpoints do it.</summary>
    public async Task<YouTubeConnection> ConnectAsync(string channelKey = "channel-1")
    {
        var state = Guid.NewGuid().ToString("N");
        var callback = await _server.ConsentAsync(OAuth.BuildAuthorizationUri(RedirectUri, state));
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(state, query["state"].ToString());
        return await OAuth.ExchangeCodeAsync(channelKey, query["code"].ToString(), RedirectUri, CancellationToken.None);
    }

    public async Task<IYouTubeClient> ConnectClientAsync(string channelKey = "channel-1")
    {
        await ConnectAsync(channelKey);
        return await Factory.CreateAsync(channelKey, CancellationToken.None);
    }

    public void Dispose() => OAuth.Dispose();
}
