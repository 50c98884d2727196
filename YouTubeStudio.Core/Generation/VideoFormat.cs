namespace YouTubeStudio.Core.Generation;

public enum VideoFormat
{
    Shorts,
    Landscape,
}
