namespace YouTubeStudio.Core.Generation;

/// <summary>Writes the YouTube title, description and tags of a finished video.</summary>
public interface IMetadataWriter
{
    /// <summary>
    /// Metadata for <paramref name="script"/> with chapters taken from the real scene durations
    /// (<paramref name="sceneDurations"/>, one per scene), within YouTube's limits.
    /// </summary>
    Task<MetadataResult> WriteAsync(VideoScript script, IReadOnlyList<TimeSpan> sceneDurations, CancellationToken cancellationToken = default);
}
