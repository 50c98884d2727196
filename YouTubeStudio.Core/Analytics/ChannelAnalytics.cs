namespace YouTubeStudio.Core.Analytics;

/// <summary>One channel's metrics for one day (YouTube Analytics, an import, or the demo).</summary>
public class ChannelAnalytics
{
    public long Id { get; set; }
    public long ChannelId { get; set; }
    public DateOnly Date { get; set; }
    public long Views { get; set; }
    public double WatchMinutes { get; set; }
    public double AverageViewDurationSeconds { get; set; }
    public long SubscribersGained { get; set; }
    public long SubscribersLost { get; set; }
    public long Likes { get; set; }
    public long Comments { get; set; }
    public long Shares { get; set; }
    public decimal? EstimatedRevenueUsd { get; set; }
    public long? Impressions { get; set; }
    public double? ImpressionsCtr { get; set; }
    /// <summary>youtube, import or demo.</summary>
    public string Source { get; set; } = "youtube";
    public DateTimeOffset UpdatedAt { get; set; }
}
