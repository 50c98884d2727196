namespace YouTubeStudio.Core.Analytics;

/// <summary>The kind of CSV file an import recognised from its header.</summary>
public enum ImportFormat
{
    Unknown,
    /// <summary>Our channel daily series: <c>date,views,watch_minutes,subscribers_gained,subscribers_lost,revenue</c>.</summary>
    ChannelDaily,
    /// <summary>Our video list: <c>video_id,title,description,tags,category_id,published_at,duration_seconds,views,likes,comments</c>.</summary>
    VideoList,
    /// <summary>YouTube Studio "Chart data" (or "Table data" by date) for the channel: <c>Date,Views,...</c>.</summary>
    YouTubeChannelChart,
    /// <summary>YouTube Studio "Chart data" per video: <c>Date,Content,Video title,Video publish time,Views,...</c>.</summary>
    YouTubeVideoChart,
    /// <summary>YouTube Studio "Table data" per video: <c>Content,Video title,Video publish time,Duration,Views,...</c>.</summary>
    YouTubeVideoTable,
}
