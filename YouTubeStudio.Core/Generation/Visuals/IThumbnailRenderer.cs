namespace YouTubeStudio.Core.Generation;

/// <summary>Draws the video's thumbnail.</summary>
public interface IThumbnailRenderer
{
    /// <summary>Writes a 1280x720 PNG to <paramref name="outputPath"/> with the title in large wrapped text that is never clipped.</summary>
    Task<ThumbnailResult> RenderAsync(VideoScript script, SceneStyle style, string outputPath, CancellationToken cancellationToken = default);
}
