using System.Text.Json.Serialization;

namespace YouTubeStudio.Core.Analytics;

/// <summary>A video of a channel's YouTube account; null fields are not reported and keep their stored value.</summary>
public sealed record ChannelVideoInput(
    [property: JsonPropertyName("youtube_video_id")] string YouTubeVideoId,
    string? Title = null,
    string? Description = null,
    IReadOnlyList<string>? Tags = null,
    string? CategoryId = null,
    DateTimeOffset? PublishedAt = null,
    double? DurationSeconds = null,
    long? Views = null,
    long? Likes = null,
    long? Comments = null,
    long? VideoId = null);
