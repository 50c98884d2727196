namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// The channel's authorization is unusable: no stored token, a refresh token Google no longer accepts
/// (<c>invalid_grant</c>: revoked, expired or password changed), or a 401 that survived a refresh.
/// When <see cref="NeedsReconnect"/> is true the user must go through the consent screen again.
/// </summary>
public sealed class YouTubeAuthException(string message, bool needsReconnect, string? error = null, Exception? innerException = null)
    : YouTubeException(message, innerException)
{
    public bool NeedsReconnect { get; } = needsReconnect;

    /// <summary>The OAuth error code, e.g. <c>invalid_grant</c>, <c>invalid_client</c>, <c>redirect_uri_mismatch</c>.</summary>
    public string? Error { get; } = error;
}
