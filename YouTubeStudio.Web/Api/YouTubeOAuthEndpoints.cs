using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Core.YouTube.Integration;

namespace YouTubeStudio.Web.Api;

/// <summary>
/// The browser side of Google's OAuth web flow (DESIGN.md §8): connect redirects to Google with a
/// state bound to the user's session (protected payload + a nonce cookie), the callback checks both
/// before it exchanges the code and links the channel.
/// </summary>
public static class YouTubeOAuthEndpoints
{
    private const string NonceCookie = "studio.yt_oauth";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(15);

    private sealed record OAuthState(long ChannelId, string UserId, string Nonce, DateTimeOffset Expires);

    public static IEndpointRouteBuilder MapYouTubeOAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/youtube").WithTags("YouTube OAuth").RequireAuthorization(Policies.CanEdit);
        group.MapGet("/connect/{channelId:long}", Connect).WithName("YouTubeConnect").WithSummary("Redirects to Google's consent page for this channel.");
        group.MapGet("/callback", CallbackAsync).WithName("YouTubeCallback").WithSummary("Google's redirect back: checks the state, exchanges the code, links the channel.");
        return app;
    }

    private static IResult Connect(long channelId, HttpContext http, IYouTubeChannelLink link, IYouTubeOAuthService oauth,
        IDataProtectionProvider protection, TimeProvider time, IConfiguration configuration)
    {
        if (!link.IsConfigured)
            return Results.Redirect($"/channels?youtube_error={Uri.EscapeDataString("YouTube:ClientId is not configured on this installation.")}");
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var state = Protector(protection).Protect(JsonSerializer.Serialize(new OAuthState(channelId, userId, nonce, time.GetUtcNow() + StateLifetime)));
        http.Response.Cookies.Append(NonceCookie, nonce, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            MaxAge = StateLifetime,
            Path = "/youtube",
        });
        return Results.Redirect(oauth.BuildAuthorizationUri(RedirectUri(http, configuration), state).ToString());
    }

    private static async Task<IResult> CallbackAsync(HttpContext http, string? code, string? state, string? error,
        IYouTubeChannelLink link, IDataProtectionProvider protection, TimeProvider time, IConfiguration configuration, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(state))
            return Results.Problem(statusCode: 400, title: "Missing state", detail: "The OAuth callback has no state; start the connection again from the channel page.");
        OAuthState? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<OAuthState>(Protector(protection).Unprotect(state));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            parsed = null;
        }
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var nonce = http.Request.Cookies[NonceCookie];
        if (parsed is null || parsed.UserId != userId || string.IsNullOrEmpty(nonce) || !CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(parsed.Nonce), System.Text.Encoding.ASCII.GetBytes(nonce)))
            return Results.Problem(statusCode: 403, title: "Foreign state", detail: "This OAuth answer does not belong to your session; nothing was linked.");
        if (parsed.Expires < time.GetUtcNow())
            return Results.Problem(statusCode: 400, title: "Expired state", detail: "The connection attempt expired; start it again from the channel page.");
        http.Response.Cookies.Delete(NonceCookie, new CookieOptions { Path = "/youtube" });

        if (!string.IsNullOrEmpty(error))
            return Results.Redirect($"/channels?youtube_error={Uri.EscapeDataString($"Google answered: {error}")}");
        if (string.IsNullOrEmpty(code))
            return Results.Problem(statusCode: 400, title: "Missing code", detail: "Google's answer has no authorization code.");

        var result = await link.CompleteConnectAsync(parsed.ChannelId, code, RedirectUri(http, configuration), ct);
        return result.IsOk
            ? Results.Redirect($"/channels?connected={parsed.ChannelId}")
            : Results.Redirect($"/channels?youtube_error={Uri.EscapeDataString(result.Message ?? string.Join(" ", result.Errors.SelectMany(e => e.Value)))}");
    }

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector("YouTubeStudio.YouTube.OAuthState.v1");

    /// <summary><c>YouTube:RedirectUri</c> when set (behind a proxy), else this request's own origin.</summary>
    private static string RedirectUri(HttpContext http, IConfiguration configuration) =>
        configuration["YouTube:RedirectUri"] is { Length: > 0 } configured ? configured : $"{http.Request.Scheme}://{http.Request.Host}/youtube/callback";
}
