namespace YouTubeStudio.Core.YouTube;

/// <summary>A video as videos.list reports it (snippet, contentDetails, statistics, status).</summary>
public sealed record YouTubeVideoInfo(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<string> Tags,
    string? CategoryId,
    DateTimeOffset? PublishedAt,
    int DurationSeconds,
    long Views,
    long Likes,
    long Comments,
    string? PrivacyStatus,
    DateTimeOffset? PublishAt);
