namespace YouTubeStudio.Core.Videos;

/// <summary>One transition of a video's status, with its time; the UI shows the history.</summary>
public class VideoStatusChange
{
    public long Id { get; set; }
    public long VideoId { get; set; }
    public VideoStatus Status { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Note { get; set; }
}
