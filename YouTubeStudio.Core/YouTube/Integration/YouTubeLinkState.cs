namespace YouTubeStudio.Core.YouTube.Integration;

public enum YouTubeLinkState
{
    NotConnected,
    Connected,
    NeedsReconnect,
}
