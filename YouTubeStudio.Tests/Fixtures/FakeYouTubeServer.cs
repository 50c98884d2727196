using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures.FakeYouTube;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>
/// A real HTTP server on 127.0.0.1 that speaks Google's OAuth 2.0, YouTube Data API v3 (channels, videos,
/// playlistItems, resumable videos.insert and thumbnails.set) and YouTube Analytics v2 (reports.query) as Google
/// does: bearer tokens with scopes checked per method from the discovery documents, Google's error JSON, and
/// responses built from recorded real responses. Use it as an xunit class fixture and call <see cref="Reset"/>
/// at the start of each test; point the app at it with <see cref="Configuration"/> or <see cref="CreateOptions"/>.
/// </summary>
public sealed class FakeYouTubeServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication? _app;

    public FakeYouTubeServer() : this(TimeProvider.System)
    {
    }

    private FakeYouTubeServer(TimeProvider timeProvider)
    {
        var discovery = new DiscoveryScopes();
        OAuth = new FakeOAuth(timeProvider);
        Guard = new ApiGuard(OAuth, discovery);
        Data = new FakeDataApi(Guard);
        Analytics = new FakeAnalytics(Guard);
        Uploads = new FakeUploads(Guard, Data, timeProvider);
        Data.Reset();
        Analytics.Reset();
    }

    public FakeOAuth OAuth { get; }

    public FakeDataApi Data { get; }

    public FakeAnalytics Analytics { get; }

    public FakeUploads Uploads { get; }

    internal ApiGuard Guard { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>; known once started.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every request received since the last <see cref="Reset"/>, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The requests whose path starts with <paramref name="pathPrefix"/>.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string pathPrefix) =>
        [.. _requests.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal))];

    /// <summary>The app's <c>YouTube:*</c> settings that send every call here (for WebApplicationFactory or IConfiguration).</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["YouTube:ClientId"] = OAuth.ClientId,
        ["YouTube:ClientSecret"] = OAuth.ClientSecret,
        ["YouTube:AuthUri"] = new Uri(BaseUri, "o/oauth2/v2/auth").ToString(),
        ["YouTube:TokenUri"] = new Uri(BaseUri, "token").ToString(),
        ["YouTube:RevokeUri"] = new Uri(BaseUri, "revoke").ToString(),
        ["YouTube:DataApiBaseUri"] = new Uri(BaseUri, "youtube/v3/").ToString(),
        ["YouTube:AnalyticsApiBaseUri"] = new Uri(BaseUri, "v2/").ToString(),
        ["YouTube:UploadBaseUri"] = BaseUri.ToString(),
    };

    public static async Task<FakeYouTubeServer> StartAsync(TimeProvider? timeProvider = null)
    {
        var server = new FakeYouTubeServer(timeProvider ?? TimeProvider.System);
        await server.InitializeAsync();
        return server;
    }

    /// <summary><see cref="YouTubeOptions"/> pointing at this server, with fast retries for tests.</summary>
    public YouTubeOptions CreateOptions(Action<YouTubeOptions>? configure = null)
    {
        var c = Configuration;
        var options = new YouTubeOptions
        {
            ClientId = c["YouTube:ClientId"]!,
            ClientSecret = c["YouTube:ClientSecret"]!,
            AuthUri = c["YouTube:AuthUri"]!,
            TokenUri = c["YouTube:TokenUri"]!,
            RevokeUri = c["YouTube:RevokeUri"]!,
            DataApiBaseUri = c["YouTube:DataApiBaseUri"]!,
            AnalyticsApiBaseUri = c["YouTube:AnalyticsApiBaseUri"]!,
            UploadBaseUri = c["YouTube:UploadBaseUri"]!,
            RetryInitialDelay = TimeSpan.FromMilliseconds(20),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>
    /// Plays the browser's part of the consent: follows <paramref name="authorizationUri"/> (the app's consent URL)
    /// and returns where Google redirects back to, with <c>code</c>, <c>scope</c> and <c>state</c> (or <c>error</c>).
    /// </summary>
    public async Task<Uri> ConsentAsync(Uri authorizationUri, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await http.GetAsync(authorizationUri, cancellationToken);
        return response.Headers.Location
            ?? throw new InvalidOperationException($"The consent page answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    /// <summary>The next <paramref name="times"/> API calls (optionally only those whose path contains <paramref name="pathContains"/>) fail with <paramref name="fault"/>.</summary>
    public void FailNext(FakeFault fault, int times = 1, string? pathContains = null) => Guard.FailNext(fault, times, pathContains);

    /// <summary>Back to the recorded data: no tokens, sessions, faults or recorded requests.</summary>
    public void Reset()
    {
        OAuth.Reset();
        Guard.Reset();
        Data.Reset();
        Analytics.Reset();
        Uploads.Reset();
        _requests.Clear();
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // Uploads send chunks of several MB.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 256L * 1024 * 1024);
        var app = builder.Build();
        app.Use(RecordAsync);
        OAuth.Map(app);
        Data.Map(app);
        Analytics.Map(app);
        Uploads.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.TrimEnd('/') + "/");
        _app = app;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        request.EnableBuffering();
        long length = 0;
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            length += read;
        }

        request.Body.Position = 0;
        var query = request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        try
        {
            await next(context);
        }
        finally
        {
            _requests.Enqueue(new RecordedRequest(request.Method, request.Path, request.QueryString.Value ?? "", query, headers, length,
                context.RequestAborted.IsCancellationRequested ? 0 : context.Response.StatusCode));
        }
    }
}
