using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Core.Videos;

public class Video
{
    public long Id { get; set; }
    public long ChannelId { get; set; }
    public string Topic { get; set; } = "";
    public VideoFormat Format { get; set; }
    public VideoStatus Status { get; set; } = VideoStatus.Draft;
    /// <summary>Reason code of the last failure (over_budget, render_error, ...).</summary>
    public string? FailureReason { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string> Tags { get; set; } = [];
    public double? DurationSeconds { get; set; }
    /// <summary>The request's optional parameters (target length, voice, style) as JSON.</summary>
    public string ParamsJson { get; set; } = "{}";
    public decimal CostUsd { get; set; }
    public bool BudgetAlerted { get; set; }
    public int? ContentScore { get; set; }
    public string? YouTubeVideoId { get; set; }
    public string? PrivacyStatus { get; set; }
    public DateTimeOffset? PublishAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? UploadSessionUri { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<VideoStatusChange> History { get; set; } = [];
    public List<YouTubeStudio.Core.Generation.GenerationTask> Tasks { get; set; } = [];
}
