namespace YouTubeStudio.Core.Channels;

public enum ContentType
{
    Shorts,
    Landscape,
    Mixed,
}
