namespace YouTubeStudio.Core.Generation;

public static class VideoFormatExtensions
{
    public static int Width(this VideoFormat format) => format == VideoFormat.Shorts ? 1080 : 1920;

    public static int Height(this VideoFormat format) => format == VideoFormat.Shorts ? 1920 : 1080;

    /// <summary>The target length a request gets when it does not name one: 45 s for Shorts, 150 s for landscape.</summary>
    public static int DefaultTargetSeconds(this VideoFormat format) => format == VideoFormat.Shorts ? 45 : 150;

    /// <summary>Keeps a requested length inside what the format is for: Shorts must stay under a minute.</summary>
    public static int ClampTargetSeconds(this VideoFormat format, int seconds) =>
        format == VideoFormat.Shorts ? Math.Clamp(seconds, 5, 60) : Math.Clamp(seconds, 5, 1800);
}
