namespace YouTubeStudio.Core.Analytics;

/// <summary>A video on the channel's YouTube account (from videos.list, an import or the demo), with lifetime totals.</summary>
public class ChannelVideo
{
    public long Id { get; set; }
    public long ChannelId { get; set; }
    public string YouTubeVideoId { get; set; } = "";
    /// <summary>Our generated video, when this one was uploaded by the app.</summary>
    public long? VideoId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public string? CategoryId { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public double? DurationSeconds { get; set; }
    public long Views { get; set; }
    public long Likes { get; set; }
    public long Comments { get; set; }
    public string Source { get; set; } = "youtube";
    public DateTimeOffset UpdatedAt { get; set; }
}
