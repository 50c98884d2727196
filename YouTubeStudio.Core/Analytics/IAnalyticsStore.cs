namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// Idempotent writes of analytics: each row is inserted or updated by its unique key (channel and day,
/// video and day, channel and YouTube video id). Writing the same rows twice changes nothing the second
/// time. Used by the YouTube pull, the CSV import and the demo channel.
/// </summary>
public interface IAnalyticsStore
{
    /// <summary>Upserts a channel's days; with <paramref name="dryRun"/> only counts what would change.</summary>
    Task<UpsertCounts> UpsertChannelDaysAsync(long channelId, IReadOnlyCollection<ChannelDayInput> days, string source, bool dryRun = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Upserts video days of a channel. A (video, day) stored under another channel is refused
    /// (counted as skipped) so one channel's data never lands in another's.
    /// </summary>
    Task<UpsertCounts> UpsertVideoDaysAsync(long channelId, IReadOnlyCollection<VideoDayInput> days, string source, bool dryRun = false, CancellationToken cancellationToken = default);

    /// <summary>Upserts the channel's YouTube videos (title, tags, lifetime totals...).</summary>
    Task<UpsertCounts> UpsertChannelVideosAsync(long channelId, IReadOnlyCollection<ChannelVideoInput> videos, string source, bool dryRun = false, CancellationToken cancellationToken = default);
}
