namespace YouTubeStudio.Core.Generation;

/// <summary>Draws the slides a video shows while the narration plays.</summary>
public interface ISceneRenderer
{
    /// <summary>
    /// Writes one PNG per scene (<c>scene_N.png</c>, the video's size) into <paramref name="outputDirectory"/>:
    /// the first is a title card, the others show the heading and key point; all carry the channel
    /// name and a progress bar. Text shrinks to fit; it is never clipped.
    /// </summary>
    Task<SceneRenderResult> RenderAsync(VideoScript script, VideoFormat format, SceneStyle style, string outputDirectory, CancellationToken cancellationToken = default);
}
