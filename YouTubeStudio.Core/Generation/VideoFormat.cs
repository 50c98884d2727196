namespace YouTubeStudio.Core.Generation;

/// <summary>The frame shape of a video. Sizes come from <see cref="VideoFormatExtensions"/>.</summary>
public enum VideoFormat
{
    /// <summary>Vertical 1080x1920, 30–60 s by default.</summary>
    Shorts,

    /// <summary>Horizontal 1920x1080, a few minutes by default.</summary>
    Landscape,
}
