using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Tests.YouTube.App;

namespace YouTubeStudio.Tests.Security;

/// <summary>
/// The whole app with every endpoint it maps, described by who may call it (read from the endpoint's own
/// authorization metadata), signed-in clients of every role and kind of credential, and real rows
/// (channel, video and task, webhook and delivery, backup, API key, notification) for the route ids.
/// The queue's scheduler records instead of running, so the video stays queued while the tests probe it.
/// </summary>
public sealed class EndpointAuthorizationFixture : IAsyncLifetime
{

    private static readonly string[] MutationMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Role, string Credential), HttpClient> _clients = [];

    public StudioAppFactory App { get; } = new()
    {
        TestServices = services => services.Replace(ServiceDescriptor.Singleton<ITaskScheduler, RecordingTaskScheduler>()),
    };

    /// <summary>Every (route, method) pair the app maps, with the roles its metadata admits.</summary>
    public IReadOnlyList<MappedEndpoint> Endpoints { get; private set; } = [];

    public long ChannelId => long.Parse(_ids["channels"], System.Globalization.CultureInfo.InvariantCulture);

    public HttpClient Admin => _clients[(Roles.Admin, Credential.Bearer)];

    /// <summary>A signed-in client: bearer token, browser cookie (redirects not followed) or X-Api-Key.</summary>
    public HttpClient Client(string role, string credential) => _clients[(role, credential)];

    public async Task InitializeAsync()
    {
        // The first user registers through the API and so becomes the Admin.
        _clients[(Roles.Admin, Credential.Bearer)] = await App.CreateClientAsync(Roles.Admin);
        foreach (var role in new[] { Roles.Manager, Roles.Viewer })
        {
            var bearer = await App.CreateClientAsync(role);
            _clients[(role, Credential.Bearer)] = bearer;
            _clients[(role, Credential.Cookie)] = await YouTubeAppFixture.BrowserAsync(App, role);
            var keyClient = App.CreateClient();
            keyClient.DefaultRequestHeaders.Add("X-Api-Key", (await PostAsync(bearer, "/api/v1/api-keys", new { name = $"{role} script" })).GetProperty("key").GetString());
            _clients[(role, Credential.ApiKey)] = keyClient;
        }

        await CreateRowsAsync();
        Endpoints = await DescribeAsync(App.Services.GetRequiredService<EndpointDataSource>().Endpoints);
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Turns endpoints (the app's, or a test's own) into one <see cref="MappedEndpoint"/> per HTTP method.</summary>
    public async Task<IReadOnlyList<MappedEndpoint>> DescribeAsync(IEnumerable<Endpoint> endpoints)
    {
        var list = new List<MappedEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint as RouteEndpoint ?? throw new InvalidOperationException($"'{endpoint.DisplayName}' is not a RouteEndpoint; the tests cannot address it.");
            var (anonymous, roles) = await WhoMayCallAsync(route);
            var methods = route.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared
                ? declared.Where(m => m != HttpMethods.Head)
                : [HttpMethods.Get];
            foreach (var method in methods)
            {
                list.Add(new MappedEndpoint(
                    Pattern: "/" + route.RoutePattern.RawText!.TrimStart('/'),
                    Method: method,
                    Route: route,
                    IsPage: route.Metadata.GetMetadata<ComponentTypeMetadata>() is not null,
                    IsStaticAsset: route.Metadata.GetMetadata<StaticAssetDescriptor>() is not null,
                    IsAnonymous: anonymous,
                    Roles: roles));
            }
        }
        return list;
    }

    /// <summary>A URL for the endpoint with its route parameters filled: the fixture's real rows where the route names one, else a plausible value.</summary>
    public string Url(MappedEndpoint endpoint)
    {
        var url = new StringBuilder();
        string? resource = null;
        foreach (var segment in endpoint.Route.RoutePattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        url.Append(literal.Content);
                        resource = literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        url.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart parameter:
                        url.Append(Uri.EscapeDataString(ValueFor(resource, parameter)));
                        break;
                }
            }
        }
        return url.Length == 0 ? "/" : url.ToString();
    }

    /// <summary>
    /// A request for the endpoint. Mutations carry an empty body of the content type the endpoint accepts (routing
    /// answers 415 before authorization to any other): a form for form posts, else an empty JSON object.
    /// </summary>
    public HttpRequestMessage Request(MappedEndpoint endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), Url(endpoint));
        if (!endpoint.IsMutation) return request;
        var accepts = endpoint.Route.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
        request.Content = accepts.Any(t => t.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            ? new FormUrlEncodedContent([])
            : new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }

    private string ValueFor(string? resource, RoutePatternParameterPart parameter)
    {
        if (parameter.Name.Equals("channelId", StringComparison.OrdinalIgnoreCase)) return _ids["channels"];
        if (parameter.Name.Equals("documentName", StringComparison.Ordinal)) return "v1";
        if (resource is not null && _ids.TryGetValue(resource, out var id)) return id;
        var constraints = parameter.ParameterPolicies.Select(p => p.Content).ToList();
        if (constraints.Contains("guid")) return Guid.NewGuid().ToString();
        if (constraints.Contains("long") || constraints.Contains("int")) return "1";
        if (constraints.Contains("file")) return "x.txt";
        return "x";
    }

    /// <summary>Rows made through the API as the Admin, so ids in routes hit real data.</summary>
    private async Task CreateRowsAsync()
    {
        var channel = await PostAsync(Admin, "/api/v1/channels", new { name = $"Authz {Guid.NewGuid():N}"[..30] });
        _ids["channels"] = _ids["connect"] = channel.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var queued = await PostAsync(Admin, "/api/v1/videos/generate", new { channel_id = ChannelId, topic = "Why owls turn their heads" }, HttpStatusCode.Accepted);
        _ids["videos"] = queued.GetProperty("video_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ids["tasks"] = queued.GetProperty("task_id").GetGuid().ToString();

        // Nothing listens on the discard port: the test delivery fails at once but is logged, which is all we need.
        var webhook = await PostAsync(Admin, "/api/v1/webhooks", new { name = "authz", url = "http://127.0.0.1:9/hook" });
        var webhookId = webhook.GetProperty("endpoint").GetProperty("id").GetInt64();
        _ids["webhooks"] = webhookId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var delivery = await PostAsync(Admin, $"/api/v1/webhooks/{webhookId}/test", new { }, HttpStatusCode.OK);
        _ids["deliveries"] = delivery.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        _ids["backups"] = (await PostAsync(Admin, "/api/v1/backups", new { })).GetProperty("name").GetString()!;
        _ids["api-keys"] = (await PostAsync(Admin, "/api/v1/api-keys", new { name = "admin script" })).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        await App.Services.GetRequiredService<INotificationService>().NotifyUsersAsync(new NotificationMessage(
            "authz.test", DateTimeOffset.UtcNow, "Authz", "For every role.", null, ForViewers: true, new Dictionary<string, object?>()));
        using var notifications = await Admin.GetAsync("/api/v1/notifications");
        _ids["notifications"] = (await notifications.ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<System.Text.Json.JsonElement> PostAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostJsonAsync(url, body);
        Assert.True(response.StatusCode == expected, $"POST {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>
    /// What the authorization middleware would decide, from the endpoint's metadata alone: anonymous when it allows
    /// anonymous callers or has no policy at all, else the roles whose members satisfy its combined policy.
    /// </summary>
    private async Task<(bool Anonymous, IReadOnlySet<string> Roles)> WhoMayCallAsync(RouteEndpoint endpoint)
    {
        var everyone = new HashSet<string>(Core.Identity.Roles.All);
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return (true, everyone);
        var provider = App.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(provider,
                         endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                         endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
                     ?? await provider.GetFallbackPolicyAsync();
        if (policy is null) return (true, everyone);

        var authorization = App.Services.GetRequiredService<IAuthorizationService>();
        if ((await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), null, policy)).Succeeded) return (true, everyone);
        var roles = new HashSet<string>();
        foreach (var role in Core.Identity.Roles.All)
        {
            var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "probe"), new Claim(ClaimTypes.Role, role)], "probe"));
            if ((await authorization.AuthorizeAsync(user, null, policy)).Succeeded) roles.Add(role);
        }
        return (false, roles);
    }

    /// <summary>The ways a person or a script presents themselves.</summary>
    public static class Credential
    {
        public const string Bearer = "bearer";
        public const string Cookie = "cookie";
        public const string ApiKey = "api-key";
    }

    /// <summary>One route and method, and who may call it according to its metadata.</summary>
    public sealed record MappedEndpoint(string Pattern, string Method, RouteEndpoint Route, bool IsPage, bool IsStaticAsset, bool IsAnonymous, IReadOnlySet<string> Roles)
    {
        /// <summary>How allow-lists name it: <c>POST /api/v1/notifications/read-all</c>.</summary>
        public string Key => $"{Method} {Pattern}";

        public bool IsMutation => MutationMethods.Contains(Method);

        /// <summary>Under <c>/api</c>: answers with status codes whatever the credential.</summary>
        public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);

        public bool AdminOnly => !IsAnonymous && Roles.SetEquals([Core.Identity.Roles.Admin]);

        public bool Admits(string role) => IsAnonymous || Roles.Contains(role);

        public override string ToString() => Key;
    }
}
