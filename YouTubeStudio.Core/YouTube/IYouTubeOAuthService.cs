using Google.Apis.Auth.OAuth2;

namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// Google's OAuth 2.0 web flow per channel: consent URL, code exchange, refresh and revocation.
/// Tokens are kept in <see cref="IYouTubeTokenStore"/> under the channel key.
/// </summary>
public interface IYouTubeOAuthService
{
    /// <summary>
    /// The consent URL: <c>response_type=code</c>, <c>client_id</c>, <c>redirect_uri</c>, the scopes space-joined,
    /// <c>access_type=offline</c>, <c>prompt=consent</c>, <c>include_granted_scopes=true</c> and <paramref name="state"/>
    /// (which the caller binds to the user's session and checks on the callback).
    /// </summary>
    Uri BuildAuthorizationUri(string redirectUri, string state);

    /// <summary>
    /// Exchanges the callback's code at the token endpoint, sending the same <paramref name="redirectUri"/> and the
    /// client secret, and stores the tokens under <paramref name="channelKey"/>.
    /// </summary>
    /// <exception cref="YouTubeAuthException">Google refused the code (<c>invalid_grant</c>, <c>redirect_uri_mismatch</c>, <c>invalid_client</c>).</exception>
    Task<YouTubeConnection> ExchangeCodeAsync(string channelKey, string code, string redirectUri, CancellationToken cancellationToken);

    /// <summary>Gets a new access token with the stored refresh token and stores it.</summary>
    /// <exception cref="YouTubeAuthException">No token is stored, or the refresh token was revoked or expired (<c>NeedsReconnect</c>).</exception>
    Task<YouTubeConnection> RefreshAsync(string channelKey, CancellationToken cancellationToken);

    /// <summary>
    /// Revokes the channel's grant at Google and forgets the tokens (also when Google already considers them revoked).
    /// Unknown channels are a no-op. This is the only way tokens leave the store: a refused refresh keeps them, so a
    /// wrong client secret in the settings cannot wipe every channel's authorization.
    /// </summary>
    Task RevokeAsync(string channelKey, CancellationToken cancellationToken);

    /// <summary>The stored authorization of a channel, or null when it was never connected (or was disconnected).</summary>
    Task<YouTubeConnection?> GetConnectionAsync(string channelKey, CancellationToken cancellationToken);

    /// <summary>
    /// A <see cref="UserCredential"/> for Google.Apis services: it adds the bearer token, refreshes it when it expires
    /// or when Google answers 401 (then retries once), and writes refreshed tokens back to the store.
    /// </summary>
    /// <exception cref="YouTubeAuthException">The channel has no usable stored token (<c>NeedsReconnect</c>).</exception>
    Task<UserCredential> GetCredentialAsync(string channelKey, CancellationToken cancellationToken);
}
