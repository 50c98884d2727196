namespace YouTubeStudio.Core.Videos;

/// <summary>DESIGN.md §3. Wire form is snake_case (<c>ready_for_upload</c>).</summary>
public enum VideoStatus
{
    Draft,
    Queued,
    Scripting,
    Voicing,
    Rendering,
    Assembling,
    Thumbnailing,
    ReadyForUpload,
    Uploading,
    Scheduled,
    Published,
    Failed,
    Cancelled,
}
