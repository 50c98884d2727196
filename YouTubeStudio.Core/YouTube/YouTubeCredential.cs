namespace YouTubeStudio.Core.YouTube;

/// <summary>A channel's OAuth tokens, encrypted with Data Protection (never stored in clear).</summary>
public class YouTubeCredential
{
    public long Id { get; set; }
    public long ChannelId { get; set; }
    /// <summary>The token store key (one per channel).</summary>
    public string Key { get; set; } = "";
    public string ProtectedToken { get; set; } = "";
    public string Scopes { get; set; } = "";
    public DateTimeOffset ConnectedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Set when Google refused the refresh token: the channel shows "reconnect".</summary>
    public bool NeedsReconnect { get; set; }
    public string? LastError { get; set; }
}
