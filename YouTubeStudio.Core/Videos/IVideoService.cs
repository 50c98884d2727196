namespace YouTubeStudio.Core.Videos;

/// <summary>Reads videos with their history.</summary>
public interface IVideoService
{
    Task<IReadOnlyList<VideoListItem>> ListAsync(VideoFilter filter, CancellationToken cancellationToken = default);

    /// <summary>A video with its status history, oldest first; null when it does not exist.</summary>
    Task<Video?> GetAsync(long id, CancellationToken cancellationToken = default);
}

public sealed record VideoFilter(long? ChannelId = null, IReadOnlyCollection<VideoStatus>? Statuses = null, string? Search = null, int Limit = 200);

public sealed record VideoListItem(Video Video, string ChannelName, decimal CapUsd);
