namespace YouTubeStudio.Core.Analytics;

/// <summary>Reads analytics for dashboards: KPIs against the previous period, daily series, top videos, channels, cost against revenue.</summary>
public interface IAnalyticsService
{
    /// <summary>
    /// The dashboard for [<paramref name="from"/>, <paramref name="to"/>] (both included) for one channel, or
    /// for every real channel when <paramref name="channelId"/> is null (the demo channel is only shown on its own).
    /// Null when the channel does not exist.
    /// </summary>
    Task<AnalyticsDashboard?> GetDashboardAsync(long? channelId, DateOnly from, DateOnly to, int topVideos = 25, CancellationToken cancellationToken = default);

    /// <summary>One video's daily series; null when the channel has no such video.</summary>
    Task<VideoSeries?> GetVideoSeriesAsync(long channelId, string youTubeVideoId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Whether the channel (or any real channel) has stored analytics.</summary>
    Task<bool> HasDataAsync(long? channelId, CancellationToken cancellationToken = default);
}
