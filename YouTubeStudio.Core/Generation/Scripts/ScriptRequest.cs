namespace YouTubeStudio.Core.Generation;

/// <summary>What to write about. <paramref name="TargetSeconds"/> of 0 means the format's default (<see cref="VideoFormatExtensions.DefaultTargetSeconds"/>).</summary>
public sealed record ScriptRequest(
    string Topic,
    string Niche,
    string Language = "en",
    VideoFormat Format = VideoFormat.Shorts,
    int TargetSeconds = 0,
    string? Style = null)
{
    /// <summary>The length to write for: the requested one kept inside the format's range, or the format's default.</summary>
    public int EffectiveTargetSeconds =>
        TargetSeconds <= 0 ? Format.DefaultTargetSeconds() : Format.ClampTargetSeconds(TargetSeconds);
}
