namespace YouTubeStudio.Core.YouTube.Integration;

/// <summary>Pulls a connected channel's YouTube Analytics and video metadata into the analytics tables.</summary>
public interface IYouTubeAnalyticsPuller
{
    /// <summary>
    /// Incremental: from a few days before the last stored day (YouTube revises recent days) up to
    /// yesterday, or the backfill window on the first pull. Upserts are idempotent.
    /// </summary>
    Task<AnalyticsPullResult> PullAsync(long channelId, CancellationToken cancellationToken);

    /// <summary>Ids of channels with a healthy YouTube connection.</summary>
    Task<IReadOnlyList<long>> ConnectedChannelsAsync(CancellationToken cancellationToken);
}
