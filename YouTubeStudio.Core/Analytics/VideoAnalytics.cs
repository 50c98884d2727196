namespace YouTubeStudio.Core.Analytics;

/// <summary>One YouTube video's metrics for one day.</summary>
public class VideoAnalytics
{
    public long Id { get; set; }
    public long ChannelId { get; set; }
    public string YouTubeVideoId { get; set; } = "";
    public DateOnly Date { get; set; }
    public long Views { get; set; }
    public double WatchMinutes { get; set; }
    public double AverageViewDurationSeconds { get; set; }
    public long Likes { get; set; }
    public long Comments { get; set; }
    public long Shares { get; set; }
    public long SubscribersGained { get; set; }
    public decimal? EstimatedRevenueUsd { get; set; }
    public string Source { get; set; } = "youtube";
    public DateTimeOffset UpdatedAt { get; set; }
}
