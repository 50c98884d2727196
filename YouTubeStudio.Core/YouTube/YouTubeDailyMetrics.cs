namespace YouTubeStudio.Core.YouTube;

/// <summary>A day of a channel's or a video's analytics.</summary>
/// <param name="EstimatedRevenue">USD; null when the monetary scope was not granted (Google would answer 403).</param>
public sealed record YouTubeDailyMetrics(
    DateOnly Day,
    long Views,
    long EstimatedMinutesWatched,
    long AverageViewDurationSeconds,
    long SubscribersGained,
    long SubscribersLost,
    long Likes,
    long Comments,
    long Shares,
    decimal? EstimatedRevenue);
