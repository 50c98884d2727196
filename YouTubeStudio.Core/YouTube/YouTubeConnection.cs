using Google.Apis.Auth.OAuth2.Responses;

namespace YouTubeStudio.Core.YouTube;

/// <summary>What a channel's stored authorization allows, from the scopes Google actually granted.</summary>
public sealed record YouTubeConnection(
    string ChannelKey,
    IReadOnlyList<string> GrantedScopes,
    DateTimeOffset? AccessTokenExpiresUtc,
    bool HasRefreshToken)
{
    public bool CanRead => Has(YouTubeScopes.ReadOnly) || Has("https://www.googleapis.com/auth/youtube");

    public bool CanUpload => Has(YouTubeScopes.Upload) || Has("https://www.googleapis.com/auth/youtube");

    public bool CanReadAnalytics => Has(YouTubeScopes.AnalyticsReadOnly) || Has(YouTubeScopes.AnalyticsMonetaryReadOnly);

    /// <summary>Google answers 403 to <c>estimatedRevenue</c> without the monetary scope.</summary>
    public bool CanReadRevenue => Has(YouTubeScopes.AnalyticsMonetaryReadOnly);

    /// <summary>Reads Google's token response: <c>scope</c> is the space-separated list of what the user granted.</summary>
    internal static YouTubeConnection FromToken(string channelKey, TokenResponse token)
    {
        var scopes = (token.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DateTimeOffset? expires = token.ExpiresInSeconds is { } seconds
            ? new DateTimeOffset(DateTime.SpecifyKind(token.IssuedUtc, DateTimeKind.Utc)).AddSeconds(seconds)
            : null;
        return new YouTubeConnection(channelKey, scopes, expires, token.RefreshToken is not null);
    }

    private bool Has(string scope) => GrantedScopes.Contains(scope, StringComparer.Ordinal);
}
