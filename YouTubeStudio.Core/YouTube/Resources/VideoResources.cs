using Google.Apis.Requests;
using Newtonsoft.Json;

namespace YouTubeStudio.Core.YouTube.Resources;

// VideoListResponse and Video of youtube.v3.json: snippet, contentDetails, statistics, status.
// The same classes are the videos.insert body; Google.Apis' serializer omits nulls, so only what is set is sent.

internal sealed class VideoListResponse : IDirectResponseSchema
{
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("etag")] public string? ETag { get; set; }
    [JsonProperty("nextPageToken")] public string? NextPageToken { get; set; }
    [JsonProperty("pageInfo")] public PageInfo? PageInfo { get; set; }
    [JsonProperty("items")] public IList<VideoResource>? Items { get; set; }
}

internal sealed class VideoResource : IDirectResponseSchema
{
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("etag")] public string? ETag { get; set; }
    [JsonProperty("id")] public string? Id { get; set; }
    [JsonProperty("snippet")] public VideoSnippet? Snippet { get; set; }
    [JsonProperty("contentDetails")] public VideoContentDetails? ContentDetails { get; set; }
    [JsonProperty("statistics")] public VideoStatistics? Statistics { get; set; }
    [JsonProperty("status")] public VideoStatus? Status { get; set; }
}

internal sealed class VideoSnippet
{
    [JsonProperty("publishedAt")] public string? PublishedAtRaw { get; set; }
    [JsonProperty("channelId")] public string? ChannelId { get; set; }
    [JsonProperty("title")] public string? Title { get; set; }
    [JsonProperty("description")] public string? Description { get; set; }
    [JsonProperty("thumbnails")] public ThumbnailDetails? Thumbnails { get; set; }
    [JsonProperty("tags")] public IList<string>? Tags { get; set; }
    [JsonProperty("categoryId")] public string? CategoryId { get; set; }
    [JsonProperty("defaultLanguage")] public string? DefaultLanguage { get; set; }
    [JsonProperty("defaultAudioLanguage")] public string? DefaultAudioLanguage { get; set; }
}

internal sealed class VideoContentDetails
{
    /// <summary>ISO 8601 duration, e.g. <c>PT21M7S</c>.</summary>
    [JsonProperty("duration")] public string? Duration { get; set; }
    [JsonProperty("definition")] public string? Definition { get; set; }
}

internal sealed class VideoStatistics
{
    [JsonProperty("viewCount")] public ulong? ViewCount { get; set; }
    [JsonProperty("likeCount")] public ulong? LikeCount { get; set; }
    [JsonProperty("commentCount")] public ulong? CommentCount { get; set; }
}

internal sealed class VideoStatus
{
    [JsonProperty("uploadStatus")] public string? UploadStatus { get; set; }
    [JsonProperty("privacyStatus")] public string? PrivacyStatus { get; set; }
    /// <summary>RFC 3339; Google only accepts it with privacyStatus <c>private</c>.</summary>
    [JsonProperty("publishAt")] public string? PublishAtRaw { get; set; }
    [JsonProperty("selfDeclaredMadeForKids")] public bool? SelfDeclaredMadeForKids { get; set; }
    [JsonProperty("madeForKids")] public bool? MadeForKids { get; set; }
    [JsonProperty("containsSyntheticMedia")] public bool? ContainsSyntheticMedia { get; set; }
}
