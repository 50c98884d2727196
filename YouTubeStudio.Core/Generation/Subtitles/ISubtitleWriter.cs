namespace YouTubeStudio.Core.Generation;

/// <summary>Writes the subtitles that are burned into the video.</summary>
public interface ISubtitleWriter
{
    /// <summary>
    /// Writes subtitles for <paramref name="script"/> to <paramref name="outputPath"/>, timed to the
    /// real voice (<paramref name="voices"/>, one per scene), sized for <paramref name="format"/>.
    /// </summary>
    Task<string> WriteAsync(VideoScript script, IReadOnlyList<SceneVoice> voices, VideoFormat format, string outputPath, CancellationToken cancellationToken = default);
}
