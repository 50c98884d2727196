namespace YouTubeStudio.Core.YouTube;

/// <summary><c>status.privacyStatus</c> of a video.</summary>
public enum YouTubePrivacy
{
    Private,
    Unlisted,
    Public,
}
