namespace YouTubeStudio.Core.Generation;

/// <summary>Joins slides, voice and subtitles into the playable video.</summary>
public interface IVideoAssembler
{
    /// <summary>
    /// Writes an H.264/AAC MP4 with the index at the front (plays while it downloads). Reports progress
    /// from 0 to 1; cancelling stops the encoder at once. A failed encode is a
    /// <see cref="GenerationException"/> (render_error) carrying the end of ffmpeg's log.
    /// </summary>
    Task<VideoAssemblyResult> AssembleAsync(VideoAssemblyRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
