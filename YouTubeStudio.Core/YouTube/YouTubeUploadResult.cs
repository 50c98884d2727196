namespace YouTubeStudio.Core.YouTube;

/// <summary>The video resource Google answered the completed upload with.</summary>
public sealed record YouTubeUploadResult(string VideoId, string? UploadStatus, string? PrivacyStatus, DateTimeOffset? PublishAt);
