namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// Metadata of a video to upload: sent as the <c>snippet</c> and <c>status</c> parts of videos.insert.
/// With <see cref="PublishAt"/> set the video is scheduled: Google requires it to be uploaded as
/// <c>private</c> and makes it public at that time, so <see cref="Privacy"/> is then ignored.
/// </summary>
/// <param name="ContainsSyntheticMedia">YouTube's altered-or-synthetic content disclosure; true by default because the
/// pipeline's script and voice are machine-made.</param>
/// <param name="ContentType">Sent as <c>X-Upload-Content-Type</c>; Google accepts <c>video/*</c> and <c>application/octet-stream</c>.</param>
public sealed record YouTubeVideoUpload(
    string Title,
    string Description,
    IReadOnlyList<string> Tags,
    string CategoryId,
    YouTubePrivacy Privacy,
    DateTimeOffset? PublishAt = null,
    string? DefaultLanguage = null,
    bool MadeForKids = false,
    bool ContainsSyntheticMedia = true,
    string ContentType = "video/mp4");
