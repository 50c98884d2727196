namespace YouTubeStudio.Core.Storage;

/// <summary>
/// The one place that knows where a video's artifacts live (DESIGN.md §13). Names are plain file
/// names (script.json, voice.wav, video.mp4...); anything with a path separator or ".." is refused.
/// </summary>
public interface IMediaStore
{
    /// <summary>A local folder the pipeline writes the video's artifacts into (created on demand).</summary>
    string GetWorkDirectory(long videoId);

    /// <summary>The local path of an artifact, or null when it does not exist.</summary>
    string? Find(long videoId, string name);

    /// <summary>Opens an artifact for reading, or null when it does not exist.</summary>
    Stream? OpenRead(long videoId, string name);

    /// <summary>Deletes every artifact of a video.</summary>
    Task DeleteAsync(long videoId, CancellationToken cancellationToken = default);
}
