namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// A channel's metrics for one day as a source reports them. A null metric is "not reported": an insert
/// stores 0 (or null for the optional ones) and an update keeps the stored value, so a file with only
/// views never wipes watch time.
/// </summary>
public sealed record ChannelDayInput(
    DateOnly Date,
    long? Views = null,
    double? WatchMinutes = null,
    double? AverageViewDurationSeconds = null,
    long? SubscribersGained = null,
    long? SubscribersLost = null,
    long? Likes = null,
    long? Comments = null,
    long? Shares = null,
    decimal? EstimatedRevenueUsd = null,
    long? Impressions = null,
    double? ImpressionsCtr = null);
