using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>
/// Google's OAuth 2.0 web-server flow: the authorize endpoint (consent happens at once, as configured),
/// the token endpoint (authorization_code and refresh_token grants) and revocation. Access tokens carry the
/// scopes the user granted; the API endpoints check them.
/// </summary>
public sealed class FakeOAuth(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PendingCode> _codes = [];
    private readonly Dictionary<string, Grant> _grants = [];
    private readonly Dictionary<string, AccessToken> _accessTokens = [];

    public string ClientId { get; set; } = "fake-client.apps.googleusercontent.com";

    public string ClientSecret { get; set; } = "fake-client-secret";

    /// <summary>Redirect URIs registered for the client; Google refuses any other (<c>redirect_uri_mismatch</c>).</summary>
    public HashSet<string> RegisteredRedirectUris { get; } = new(StringComparer.Ordinal)
    {
        "http://localhost/youtube/callback",
        "https://localhost/youtube/callback",
    };

    /// <summary>The scopes the user ticks on the consent screen; null grants everything requested.</summary>
    public IReadOnlyCollection<string>? ConsentScopes { get; set; }

    /// <summary>The user presses "Cancel": the redirect carries <c>error=access_denied</c>.</summary>
    public bool ConsentDenied { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromSeconds(3599);

    /// <summary>How many refresh_token grants were answered with a new access token.</summary>
    public int RefreshCount { get; private set; }

    /// <summary>Every access token issued so far stops working (as if an hour had passed).</summary>
    public void ExpireAccessTokens()
    {
        lock (_gate)
        {
            foreach (var token in _accessTokens.Values)
            {
                token.Expired = true;
            }
        }
    }

    /// <summary>The user removes the app from their Google account: refresh and access tokens die.</summary>
    public void RevokeAllGrants()
    {
        lock (_gate)
        {
            foreach (var grant in _grants.Values)
            {
                grant.Revoked = true;
            }
        }
    }

    public int ActiveGrantCount
    {
        get
        {
            lock (_gate)
            {
                return _grants.Values.Count(g => !g.Revoked);
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _codes.Clear();
            _grants.Clear();
            _accessTokens.Clear();
            ConsentScopes = null;
            ConsentDenied = false;
            AccessTokenLifetime = TimeSpan.FromSeconds(3599);
            RefreshCount = 0;
        }
    }

    /// <summary>The scopes behind a bearer token, or null when it is unknown, expired or revoked.</summary>
    public IReadOnlySet<string>? Authenticate(string accessToken)
    {
        lock (_gate)
        {
            return _accessTokens.TryGetValue(accessToken, out var token) && !token.Expired && !token.Grant.Revoked
                   && token.ExpiresAt > timeProvider.GetUtcNow()
                ? token.Grant.Scopes
                : null;
        }
    }

    internal void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/o/oauth2/v2/auth", Authorize);
        app.MapPost("/token", TokenAsync);
        app.MapPost("/revoke", RevokeAsync);
    }

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        var redirectUri = (string?)q["redirect_uri"];
        if ((string?)q["client_id"] != ClientId)
        {
            return Results.Content("Error 401: invalid_client. The OAuth client was not found.", "text/html", statusCode: 401);
        }

        if (redirectUri is null || !RegisteredRedirectUris.Contains(redirectUri))
        {
            return Results.Content($"Error 400: redirect_uri_mismatch. {redirectUri} is not registered for this client.", "text/html", statusCode: 400);
        }

        if ((string?)q["response_type"] != "code")
        {
            return Redirect(redirectUri, ("error", "unsupported_response_type"), ("state", q["state"]));
        }

        if (ConsentDenied)
        {
            return Redirect(redirectUri, ("error", "access_denied"), ("state", q["state"]));
        }

        var requested = ((string?)q["scope"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var granted = requested.Where(s => ConsentScopes is null || ConsentScopes.Contains(s)).ToHashSet(StringComparer.Ordinal);
        var code = "4/" + NewToken();
        lock (_gate)
        {
            _codes[code] = new PendingCode(redirectUri, granted, (string?)q["access_type"] == "offline");
        }

        return Redirect(redirectUri, ("state", q["state"]), ("code", code), ("scope", string.Join(' ', granted)));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (clientId, clientSecret) = ClientCredentials(request, form);
        if (clientId != ClientId)
        {
            return GoogleErrorJson.OAuth(HttpStatusCode.Unauthorized, "invalid_client", "The OAuth client was not found.");
        }

        if (clientSecret != ClientSecret)
        {
            return GoogleErrorJson.OAuth(HttpStatusCode.Unauthorized, "invalid_client", "Unauthorized");
        }

        return (string?)form["grant_type"] switch
        {
            "authorization_code" => ExchangeCode(form["code"], form["redirect_uri"]),
            "refresh_token" => Refresh(form["refresh_token"]),
            var other => GoogleErrorJson.OAuth(HttpStatusCode.BadRequest, "unsupported_grant_type", $"Invalid grant_type: {other}"),
        };
    }

    private IResult ExchangeCode(string? code, string? redirectUri)
    {
        lock (_gate)
        {
            if (code is null || !_codes.TryGetValue(code, out var pending) || pending.Used)
            {
                return GoogleErrorJson.OAuth(HttpStatusCode.BadRequest, "invalid_grant", "Malformed auth code.");
            }

            if (redirectUri != pending.RedirectUri)
            {
                return GoogleErrorJson.OAuth(HttpStatusCode.BadRequest, "redirect_uri_mismatch", "Bad Request");
            }

            pending.Used = true;
            var grant = new Grant(pending.Scopes);
            var body = IssueAccessToken(grant);
            if (pending.Offline)
            {
                var refreshToken = "1//" + NewToken();
                _grants[refreshToken] = grant;
                body["refresh_token"] = refreshToken;
            }

            return new JsonResult(body);
        }
    }

    private IResult Refresh(string? refreshToken)
    {
        lock (_gate)
        {
            if (refreshToken is null || !_grants.TryGetValue(refreshToken, out var grant) || grant.Revoked)
            {
                return GoogleErrorJson.OAuth(HttpStatusCode.BadRequest, "invalid_grant", "Token has been expired or revoked.");
            }

            RefreshCount++;
            return new JsonResult(IssueAccessToken(grant));
        }
    }

    private async Task<IResult> RevokeAsync(HttpRequest request)
    {
        string? token = request.Query["token"];
        if (token is null && request.HasFormContentType)
        {
            token = (await request.ReadFormAsync())["token"];
        }

        lock (_gate)
        {
            var grant = token is null
                ? null
                : _grants.GetValueOrDefault(token) ?? _accessTokens.GetValueOrDefault(token)?.Grant;
            if (grant is null || grant.Revoked)
            {
                return GoogleErrorJson.OAuth(HttpStatusCode.BadRequest, "invalid_token", "Token expired or revoked");
            }

            grant.Revoked = true;
            return new JsonResult(new JsonObject());
        }
    }

    private JsonObject IssueAccessToken(Grant grant)
    {
        var accessToken = "ya29." + NewToken();
        _accessTokens[accessToken] = new AccessToken(grant, timeProvider.GetUtcNow() + AccessTokenLifetime);
        return new JsonObject
        {
            ["access_token"] = accessToken,
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["scope"] = string.Join(' ', grant.Scopes.Order(StringComparer.Ordinal)),
            ["token_type"] = "Bearer",
        };
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = (string?)request.Headers.Authorization;
        if (header?.StartsWith("Basic ", StringComparison.Ordinal) == true)
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        return (form["client_id"], form["client_secret"]);
    }

    private static IResult Redirect(string redirectUri, params (string Name, string? Value)[] parameters)
    {
        var query = string.Join('&', parameters.Where(p => p.Value is not null)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return Results.Redirect(redirectUri + (redirectUri.Contains('?') ? "&" : "?") + query);
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private sealed record PendingCode(string RedirectUri, IReadOnlySet<string> Scopes, bool Offline)
    {
        public bool Used { get; set; }
    }

    private sealed record Grant(IReadOnlySet<string> Scopes)
    {
        public bool Revoked { get; set; }
    }

    private sealed record AccessToken(Grant Grant, DateTimeOffset ExpiresAt)
    {
        public bool Expired { get; set; }
    }
}
