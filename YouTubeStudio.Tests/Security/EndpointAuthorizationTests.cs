using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;
using YouTubeStudio.Tests.Fixtures;
using static YouTubeStudio.Tests.Security.EndpointAuthorizationFixture;

namespace YouTubeStudio.Tests.Security;

/// <summary>
/// Every route the app maps, read from its <see cref="EndpointDataSource"/> (API, OAuth, pages, hub, static files,
/// Identity's endpoints), against DESIGN.md §10: anonymous callers reach only the allow-list below, a Viewer reads
/// but changes nothing outside its own account, and the Admin-only areas refuse Managers too. Who may call what is
/// read from each endpoint's metadata, checked against these rules, and then checked over HTTP with real rows in
/// the routes, so authorization must answer before any lookup could answer 404.
/// </summary>
public sealed class EndpointAuthorizationTests(EndpointAuthorizationFixture fx) : IClassFixture<EndpointAuthorizationFixture>
{
    private const string LoginPath = "/Account/Login";
    private const string AccessDeniedPath = "/Account/AccessDenied";

    private const string SignInFlow = "The Identity template's sign-in flow: used before the visitor has a session.";
    private const string Circuit = "The Blazor Server circuit, mapped without authorization by the framework: every page rendered in it is authorized by AuthorizeRouteView with the connection's user, and anonymous ones are sent to the login page.";

    /// <summary>Route patterns open to anonymous callers, and why. Static assets are open too (see <see cref="IsAllowedAnonymous"/>).</summary>
    private static readonly Dictionary<string, string> AnonymousAllowList = new(StringComparer.Ordinal)
    {
        ["/api/v1/auth/register"] = "DESIGN.md §10: creates the first Admin; afterwards Identity:Registration decides (closed answers 403).",
        ["/api/v1/auth/login"] = "DESIGN.md §10: how an API client gets its token; rate limited per address, lockout after failures.",
        ["/api/v1/auth/refresh"] = "DESIGN.md §10: the refresh token in the body is the credential.",
        ["/health/live"] = "DESIGN.md §11: the orchestrator's liveness probe has no account.",
        ["/health/ready"] = "DESIGN.md §11: the readiness probe; it shows check names and states, nothing else.",
        ["/metrics"] = "DESIGN.md §10: Prometheus scrapes without credentials; the port is meant for the internal network.",
        ["/openapi/{documentName}.json"] = "DESIGN.md §10: the API contract that scripts and n8n read.",
        ["/_blazor"] = Circuit,
        ["/_blazor/negotiate"] = Circuit,
        ["/_blazor/disconnect/"] = Circuit,
        ["/_blazor/initializers/"] = Circuit,
        ["/_framework/opaque-redirect"] = "Blazor's redirect for enhanced navigation, with a data-protected target: it is how an anonymous visitor is sent to the login page.",
        ["/{**path:file}"] = "MapStaticAssets' fallback for files added after start; only mapped when the app runs from build output, and it serves wwwroot alone.",
        ["/Account/Login"] = SignInFlow,
        ["/Account/LoginWith2fa"] = SignInFlow,
        ["/Account/LoginWithRecoveryCode"] = SignInFlow,
        ["/Account/Lockout"] = SignInFlow,
        ["/Account/ExternalLogin"] = SignInFlow,
        ["/Account/PerformExternalLogin"] = SignInFlow,
        ["/Account/PasskeyRequestOptions"] = "The login page's passkey challenge, asked before the user is known.",
        ["/Account/Register"] = "Registration page; the account service refuses it unless Identity:Registration allows it.",
        ["/Account/RegisterConfirmation"] = SignInFlow,
        ["/Account/ConfirmEmail"] = "Opened from the confirmation mail; the code in the link is the credential.",
        ["/Account/ConfirmEmailChange"] = "Opened from the confirmation mail; the code in the link is the credential.",
        ["/Account/ResendEmailConfirmation"] = SignInFlow,
        ["/Account/ForgotPassword"] = "Password reset: the person cannot sign in, by definition.",
        ["/Account/ForgotPasswordConfirmation"] = "Password reset: the person cannot sign in, by definition.",
        ["/Account/ResetPassword"] = "Password reset: the code in the mailed link is the credential.",
        ["/Account/ResetPasswordConfirmation"] = "Password reset: the person cannot sign in, by definition.",
        ["/Account/InvalidPasswordReset"] = "Password reset: the person cannot sign in, by definition.",
        ["/Account/InvalidUser"] = SignInFlow,
        ["/Account/AccessDenied"] = "Where the cookie handler sends a signed-in user who lacks the role; it must render for every user.",
        ["/Account/Logout"] = "Signing out needs no role; its antiforgery token guards it.",
    };

    /// <summary>Only mapped when the app runs from build output; the allow-list may name it when it is absent.</summary>
    private static readonly HashSet<string> OptionalAnonymousEntries = ["/{**path:file}"];

    /// <summary>
    /// Mutations a Viewer may make, and why: each touches only the caller's own account or stores nothing.
    /// Pages are not listed: a page's POST is its static-rendered form post and is one endpoint with its GET, so it
    /// carries the GET's policy; the studio's pages change data over the circuit, behind <c>AuthorizeView</c>.
    /// </summary>
    private static readonly Dictionary<string, string> ViewerMutationAllowList = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/notifications/read-all"] = "Marks the caller's own notifications read; nothing shared changes.",
        ["POST /api/v1/notifications/{id:long}/read"] = "Marks one of the caller's own notifications read; another user's answers 404.",
        ["POST /api/v1/api-keys/"] = "A key acts with its owner's current role, so a Viewer's key can only read.",
        ["DELETE /api/v1/api-keys/{id:long}"] = "Revokes only the caller's own keys; another user's answers 404.",
        ["POST /api/v1/ml/predict-trend"] = "A read with a body: forecasts from stored analytics and stores nothing.",
        ["POST /api/v1/ml/score-content"] = "A read with a body: scores a draft and stores nothing.",
        ["POST /Account/PasskeyCreationOptions"] = "The caller's own passkey, from the Manage pages (antiforgery checked).",
        ["POST /Account/Manage/LinkExternalLogin"] = "The caller's own account, from the Manage pages.",
        ["POST /Account/Manage/DownloadPersonalData"] = "The caller's own personal data.",
    };

    /// <summary>Areas for the Admin alone (DESIGN.md §11 roles): users, the audit log and backups; everything under them, nothing else.</summary>
    private static readonly string[] AdminOnlyAreas = ["/users", "/audit", "/settings/backup", "/api/v1/audit", "/api/v1/backups"];

    public static TheoryData<string> Credentials => [Credential.Bearer, Credential.Cookie, Credential.ApiKey];

    [Fact]
    public void Endpoints_CoverTheApiThePagesTheHubAndTheStaticFiles()
    {
        var patterns = fx.Endpoints.Select(e => e.Pattern).ToHashSet();
        Assert.Contains("/api/v1/channels/{id:long}", patterns);
        Assert.Contains("/youtube/connect/{channelId:long}", patterns);
        Assert.Contains("/channels", patterns);
        Assert.Contains("/_blazor", patterns);
        Assert.Contains("/metrics", patterns);
        Assert.Contains(fx.Endpoints, e => e.IsStaticAsset);
        Assert.True(fx.Endpoints.Count(e => e.IsPage && e.Method == HttpMethods.Get) >= 40, "Expected every Razor page as an endpoint.");
    }

    [Fact]
    public void Metadata_EveryEndpointNeedsARole_UnlessAllowListedAsAnonymous()
    {
        var problems = AnonymousProblems(fx.Endpoints);

        var patterns = fx.Endpoints.Select(e => e.Pattern).ToHashSet();
        problems.AddRange(AnonymousAllowList.Keys.Where(p => !patterns.Contains(p) && !OptionalAnonymousEntries.Contains(p))
            .Select(p => $"{p} is in the anonymous allow-list but no longer mapped: remove it."));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Metadata_MutationsNeedManagerOrAdmin_UnlessAViewerMayMakeThem()
    {
        var problems = MutationProblems(fx.Endpoints);

        var byKey = fx.Endpoints.Where(e => !e.IsStaticAsset).ToDictionary(e => e.Key);
        foreach (var key in ViewerMutationAllowList.Keys)
        {
            if (!byKey.TryGetValue(key, out var endpoint)) problems.Add($"{key} is in the Viewer allow-list but no longer mapped: remove it.");
            else if (endpoint.IsAnonymous || !endpoint.Roles.Contains(Roles.Viewer)) problems.Add($"{key} is in the Viewer allow-list but its metadata does not admit a Viewer (anonymous: {endpoint.IsAnonymous}): remove it.");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Metadata_AdminOnlyAreas_AreExactlyTheAdminOnlyEndpoints()
    {
        var problems = new List<string>();
        foreach (var endpoint in fx.Endpoints)
        {
            var inArea = InAdminOnlyArea(endpoint);
            if (inArea && !endpoint.AdminOnly) problems.Add($"{endpoint} is in an Admin-only area but admits {Describe(endpoint)}.");
            if (!inArea && endpoint.AdminOnly) problems.Add($"{endpoint} is Admin-only outside the known areas: add its area to AdminOnlyAreas if that is meant.");
        }
        foreach (var area in AdminOnlyAreas.Where(a => !fx.Endpoints.Any(e => IsUnder(e, a))))
        {
            problems.Add($"Admin-only area {area} has no endpoint any more: remove it.");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Pages_AreEveryRoutableComponentOfTheWebApp_AndEachNeedsASignInUnlessAllowListed()
    {
        var routable = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => $"/{r.Template.TrimStart('/')} {t.FullName}"))
            .Order().ToList();
        var pages = fx.Endpoints.Where(e => e.IsPage && e.Method == HttpMethods.Get)
            .Select(e => $"{e.Pattern} {e.Route.Metadata.GetRequiredMetadata<ComponentTypeMetadata>().Type.FullName}")
            .Order().ToList();

        Assert.Equal(routable, pages);
        Assert.All(fx.Endpoints.Where(e => e.IsPage && !AnonymousAllowList.ContainsKey(e.Pattern)), page => Assert.False(page.IsAnonymous, $"{page} renders for anonymous visitors."));
    }

    [Fact]
    public async Task MetadataChecks_FlagAnEndpointMappedWithoutAuthorization_AndAViewerWhoMayMutate()
    {
        // What a careless MapPost would produce: no policy at all, or the read policy on a mutation.
        var open = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/v1/leak"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata([HttpMethods.Post])), "leak");
        var readPolicy = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/v1/channels/{id:long}/wipe"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata([HttpMethods.Delete]), new AuthorizeAttribute(Policies.CanRead)), "wipe");
        var page = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/reports"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata([HttpMethods.Get]), new ComponentTypeMetadata(typeof(Microsoft.AspNetCore.Components.Sections.SectionOutlet))), "page");

        var described = await fx.DescribeAsync([open, readPolicy, page]);

        var anonymous = AnonymousProblems(described);
        Assert.Contains(anonymous, p => p.StartsWith("POST /api/v1/leak ", StringComparison.Ordinal));
        Assert.Contains(anonymous, p => p.StartsWith("GET /reports ", StringComparison.Ordinal));
        Assert.Contains(MutationProblems(described), p => p.StartsWith("DELETE /api/v1/channels/{id:long}/wipe ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_IsAnswered401OrSentToLogin_EverywhereOutsideTheAllowList()
    {
        using var anonymous = fx.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var problems = new List<string>();

        foreach (var endpoint in fx.Endpoints.Where(e => !IsAllowedAnonymous(e)))
        {
            using var request = fx.Request(endpoint);
            using var response = await anonymous.SendAsync(request);
            // API callers get a status code; everything a browser navigates to (pages, the OAuth start, Identity's
            // Manage endpoints) redirects to the login page with a way back.
            var ok = endpoint.IsApi ? response.StatusCode == HttpStatusCode.Unauthorized : IsLoginChallenge(response);
            if (!ok) problems.Add($"{endpoint} ({request.RequestUri}) answered {Describe(response)}; expected {(endpoint.IsApi ? "401" : "302 to " + LoginPath)}.");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Anonymous_IsNeverChallengedOnTheAllowList()
    {
        using var anonymous = fx.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var problems = new List<string>();

        // GET only: the allow-listed POSTs answer an empty body with their own 4xx (refresh answers 401 to a missing
        // token), which over HTTP looks like a challenge; their metadata is checked above. Not challenged is all that
        // is asked: outside Development the test host does not serve the packages' static files (MudBlazor, Blazor's
        // scripts), and some template pages throw without the sign-in state they expect; both end on the Error page instead.
        foreach (var endpoint in fx.Endpoints.Where(e => IsAllowedAnonymous(e) && e.Method == HttpMethods.Get))
        {
            using var request = fx.Request(endpoint);
            using var response = await anonymous.SendAsync(request);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || IsLoginChallenge(response))
            {
                problems.Add($"{endpoint} ({request.RequestUri}) is allow-listed but answered {Describe(response)}.");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task Viewer_IsForbiddenWhatItsRoleLacks_AndReachesTheRest(string credential)
    {
        var viewer = fx.Client(Roles.Viewer, credential);
        var problems = new List<string>();

        foreach (var endpoint in fx.Endpoints.Where(e => !e.IsAnonymous))
        {
            // The metadata's answer, held to the rule even if the metadata broke it: a Viewer changes nothing outside the allow-list.
            var viewerMay = endpoint.Admits(Roles.Viewer) && !InAdminOnlyArea(endpoint)
                            && (!endpoint.IsMutation || endpoint.IsPage || ViewerMutationAllowList.ContainsKey(endpoint.Key));

            // Pages a Viewer may open are rendered once, through the cookie, as a person opens them. Allowed posts outside
            // the API (a page's form, Identity's own-account endpoints) need the page's antiforgery token, so only their
            // metadata is checked; the API's own-data mutations are sent.
            if (viewerMay && ((endpoint.IsPage && credential != Credential.Cookie) || (endpoint.IsMutation && !endpoint.IsApi))) continue;

            using var request = fx.Request(endpoint);
            using var response = await viewer.SendAsync(request);
            if (!viewerMay)
            {
                if (!IsDenied(response, credential, endpoint)) problems.Add($"{endpoint} ({request.RequestUri}) answered {Describe(response)}; expected {Denial(credential, endpoint)}.");
            }
            else if (IsChallengeOrDenial(response) || (!endpoint.IsMutation && IsServerError(response, endpoint)))
            {
                problems.Add($"{endpoint} ({request.RequestUri}) admits a Viewer but answered {Describe(response)}.");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task Manager_IsForbiddenTheAdminOnlyEndpointsAndPages(string credential)
    {
        var manager = fx.Client(Roles.Manager, credential);
        var problems = new List<string>();

        foreach (var endpoint in fx.Endpoints.Where(e => e.AdminOnly || InAdminOnlyArea(e)))
        {
            using var request = fx.Request(endpoint);
            using var response = await manager.SendAsync(request);
            if (!IsDenied(response, credential, endpoint)) problems.Add($"{endpoint} ({request.RequestUri}) answered {Describe(response)}; expected {Denial(credential, endpoint)}.");
        }

        Assert.Contains(fx.Endpoints, e => e.AdminOnly && e.IsPage);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Admin_PassesAuthorization_OnEveryRead()
    {
        var problems = new List<string>();

        foreach (var endpoint in fx.Endpoints.Where(e => !e.IsAnonymous && e.Method == HttpMethods.Get))
        {
            using var request = fx.Request(endpoint);
            using var response = await fx.Admin.SendAsync(request);
            if (IsChallengeOrDenial(response) || IsServerError(response, endpoint)) problems.Add($"{endpoint} ({request.RequestUri}) answered the Admin {Describe(response)}.");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Viewer_AllowListedMutations_TouchOnlyTheViewersOwnRows()
    {
        var viewer = fx.Client(Roles.Viewer, Credential.Bearer);
        await fx.App.Services.GetRequiredService<INotificationService>().NotifyUsersAsync(new NotificationMessage(
            "authz.own", DateTimeOffset.UtcNow, "Own rows", "For every role.", null, ForViewers: true, new Dictionary<string, object?>()));
        var own = await NewestUnreadNotificationAsync(viewer);
        var admins = await NewestUnreadNotificationAsync(fx.Admin);

        using (var foreign = await viewer.PostAsync($"/api/v1/notifications/{admins}/read", null)) Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(admins, await NewestUnreadNotificationAsync(fx.Admin));
        using (var mine = await viewer.PostAsync($"/api/v1/notifications/{own}/read", null)) Assert.Equal(HttpStatusCode.NoContent, mine.StatusCode);

        using var created = await fx.Admin.PostJsonAsync("/api/v1/api-keys", new { name = "not the viewer's" });
        var adminKey = await created.ReadJsonAsync();
        using (var revoke = await viewer.DeleteAsync($"/api/v1/api-keys/{adminKey.GetProperty("id").GetInt64()}")) Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        using var script = fx.App.CreateClient();
        script.DefaultRequestHeaders.Add("X-Api-Key", adminKey.GetProperty("key").GetString());
        using var stillWorks = await script.GetAsync("/api/v1/channels");
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Fact]
    public async Task Viewer_WithATokenOnAnAdminPage_Gets403_NotTheNotFoundPage()
    {
        var viewer = fx.Client(Roles.Viewer, Credential.Bearer);

        using var get = await viewer.GetAsync("/users");
        using var post = await viewer.PostAsync("/users", new FormUrlEncodedContent([]));

        // Status-code pages used to re-execute the 403 as the not-found page, and a refused POST as that page's antiforgery 400.
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.DoesNotContain("Not Found", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    /// <summary>
    /// <c>/youtube/connect</c> and <c>/youtube/callback</c> are browser navigations, not API calls: the channel page opens
    /// connect with a full page load and Google redirects the browser to the callback. A person there is best served by
    /// the login page (with the way back) or the access-denied page; a bare 401/403 would be re-executed as the
    /// not-found page for non-API paths. Callers that ask for JSON, and bearer or API-key callers, get status codes.
    /// </summary>
    [Fact]
    public async Task YouTubeOAuth_SendsABrowserToLoginOrAccessDenied_AndAnswersOtherCallersWithStatusCodes()
    {
        var connect = $"/youtube/connect/{fx.ChannelId}";
        using var anonymous = fx.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var browser = fx.Client(Roles.Viewer, Credential.Cookie);

        using (var response = await anonymous.GetAsync(connect)) Assert.True(IsLoginChallenge(response), Describe(response));
        using (var response = await browser.GetAsync(connect)) Assert.True(RedirectsTo(response, AccessDeniedPath), Describe(response));
        using (var response = await SendJsonAsync(anonymous, connect)) Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using (var response = await SendJsonAsync(browser, connect)) Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using (var response = await fx.Client(Roles.Viewer, Credential.Bearer).GetAsync(connect)) Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using (var response = await fx.Client(Roles.Viewer, Credential.ApiKey).GetAsync(connect)) Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static List<string> AnonymousProblems(IEnumerable<MappedEndpoint> endpoints)
    {
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var listed = IsAllowedAnonymous(endpoint);
            if (endpoint.IsAnonymous && !listed) problems.Add($"{endpoint} is open to anonymous callers but not allow-listed: give it RequireAuthorization(policy) or [Authorize], or justify it in AnonymousAllowList.");
            if (!endpoint.IsAnonymous && listed) problems.Add($"{endpoint} is allow-listed as anonymous but asks for {Describe(endpoint)}: take it off the list.");
            if (!endpoint.IsAnonymous && endpoint.Roles.Count == 0) problems.Add($"{endpoint} admits no role at all.");
        }
        return problems;
    }

    private static List<string> MutationProblems(IEnumerable<MappedEndpoint> endpoints)
    {
        var problems = new List<string>();
        foreach (var endpoint in endpoints.Where(e => e.IsMutation && !e.IsAnonymous && !e.IsPage))
        {
            if (!ViewerMutationAllowList.ContainsKey(endpoint.Key) && endpoint.Roles.Contains(Roles.Viewer))
            {
                problems.Add($"{endpoint} lets a Viewer change data ({Describe(endpoint)}): require Policies.CanEdit, or justify it in ViewerMutationAllowList.");
            }
            if (!endpoint.Roles.Contains(Roles.Admin)) problems.Add($"{endpoint} refuses the Admin ({Describe(endpoint)}).");
        }
        return problems;
    }

    private static bool InAdminOnlyArea(MappedEndpoint endpoint) => AdminOnlyAreas.Any(a => IsUnder(endpoint, a));

    private static bool IsUnder(MappedEndpoint endpoint, string area) =>
        endpoint.Pattern == area || endpoint.Pattern.StartsWith(area + "/", StringComparison.Ordinal);

    /// <summary>The explicit list, plus MapStaticAssets' files: CSS, scripts and icons the login page needs, the same for everyone.</summary>
    private static bool IsAllowedAnonymous(MappedEndpoint endpoint) => endpoint.IsStaticAsset || AnonymousAllowList.ContainsKey(endpoint.Pattern);

    /// <summary>A crash on a read; the template's 2FA pages throw by design for a user who has no authenticator set up.</summary>
    private static bool IsServerError(HttpResponseMessage response, MappedEndpoint endpoint) =>
        (int)response.StatusCode >= 500 && endpoint.Pattern is not ("/Account/Manage/Disable2fa" or "/Account/Manage/GenerateRecoveryCodes");

    /// <summary>How a refused caller is told: a cookie session on a browser path is sent to the access-denied page, everyone else gets 403.</summary>
    private static bool IsDenied(HttpResponseMessage response, string credential, MappedEndpoint endpoint) =>
        credential == Credential.Cookie && !endpoint.IsApi ? RedirectsTo(response, AccessDeniedPath) : response.StatusCode == HttpStatusCode.Forbidden;

    private static string Denial(string credential, MappedEndpoint endpoint) =>
        credential == Credential.Cookie && !endpoint.IsApi ? $"302 to {AccessDeniedPath}" : "403";

    private static bool IsChallengeOrDenial(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || IsLoginChallenge(response) || RedirectsTo(response, AccessDeniedPath);

    /// <summary>
    /// The cookie handler's challenge of this very request: 302 to the login page whose ReturnUrl is the request's path.
    /// (The account pages' own redirects to login carry no ReturnUrl; an error or a 404 re-executed as the Error or
    /// not-found page, which ask for a sign-in themselves, comes back with that page's path.)
    /// </summary>
    private static bool IsLoginChallenge(HttpResponseMessage response) =>
        RedirectsTo(response, LoginPath)
        && QueryHelpers.ParseQuery(Location(response).Query).TryGetValue("ReturnUrl", out var returnUrl)
        && string.Equals(returnUrl.ToString().Split('?')[0], response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.OrdinalIgnoreCase);

    private static bool RedirectsTo(HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is not null
        && string.Equals(Location(response).AbsolutePath, path, StringComparison.OrdinalIgnoreCase);

    private static Uri Location(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute : new Uri(new Uri("http://localhost"), response.Headers.Location!);

    private static string Describe(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? $"{(int)response.StatusCode} to {location}" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(MappedEndpoint endpoint) =>
        endpoint.IsAnonymous ? "anonymous callers" : $"roles {string.Join(", ", endpoint.Roles.Order())}";

    private static async Task<HttpResponseMessage> SendJsonAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }

    private static async Task<long> NewestUnreadNotificationAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/notifications?unread=true");
        return (await response.ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetInt64();
    }
}
