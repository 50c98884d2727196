namespace YouTubeStudio.Core.Channels;

public class Channel
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Upper-cased trimmed name; unique, so names collide whatever their case.</summary>
    public string NormalizedName { get; set; } = "";
    public string? YouTubeChannelId { get; set; }
    public string? YouTubeHandle { get; set; }
    public string Niche { get; set; } = "";
    public string Language { get; set; } = "en";
    public ContentType ContentType { get; set; } = ContentType.Shorts;
    public string DefaultVoice { get; set; } = "en-us";
    public int VideosPerDay { get; set; } = 1;
    public TimeOnly PublishTime { get; set; } = new(17, 0);
    public string TimeZone { get; set; } = "UTC";
    public bool AutoPublish { get; set; }
    public decimal BudgetAlertUsd { get; set; } = 2.50m;
    public decimal BudgetCapUsd { get; set; } = 3.00m;
    public bool IsActive { get; set; } = true;
    /// <summary>Marks the synthetic demo channel so it is never mixed into real data.</summary>
    public bool IsDemo { get; set; }
    /// <summary>What channels.list said when the channel was connected or last refreshed.</summary>
    public string? YouTubeTitle { get; set; }
    public string? YouTubeThumbnailUrl { get; set; }
    public long? SubscriberCount { get; set; }
    public long? YouTubeViewCount { get; set; }
    public long? YouTubeVideoCount { get; set; }
    public string? UploadsPlaylistId { get; set; }
    public DateTimeOffset? LastAnalyticsPullAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
