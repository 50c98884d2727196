namespace YouTubeStudio.Core.Analytics;

/// <summary>One day of the dashboard's series (zeros on days without rows).</summary>
public sealed record DailyAnalyticsPoint(DateOnly Date, long Views, double WatchHours, long SubscribersGained, long SubscribersLost, decimal RevenueUsd, decimal CostUsd)
{
    public long NetSubscribers => SubscribersGained - SubscribersLost;
}
