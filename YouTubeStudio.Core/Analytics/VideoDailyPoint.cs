namespace YouTubeStudio.Core.Analytics;

/// <summary>One day of one video (zeros on days without rows).</summary>
public sealed record VideoDailyPoint(DateOnly Date, long Views, double WatchHours, long Likes, long Comments, long SubscribersGained, decimal RevenueUsd);
