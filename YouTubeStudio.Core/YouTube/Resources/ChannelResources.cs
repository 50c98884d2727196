using Google.Apis.Requests;
using Newtonsoft.Json;

namespace YouTubeStudio.Core.YouTube.Resources;

// Wire shapes of youtube.v3.json's ChannelListResponse and Channel (the parts we ask for), in Google.Apis' Newtonsoft style.
// Kept internal and together: they are the JSON contract, not our API.

internal sealed class ChannelListResponse : IDirectResponseSchema
{
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("etag")] public string? ETag { get; set; }
    [JsonProperty("nextPageToken")] public string? NextPageToken { get; set; }
    [JsonProperty("pageInfo")] public PageInfo? PageInfo { get; set; }
    [JsonProperty("items")] public IList<ChannelResource>? Items { get; set; }
}

internal sealed class ChannelResource
{
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("etag")] public string? ETag { get; set; }
    [JsonProperty("id")] public string? Id { get; set; }
    [JsonProperty("snippet")] public ChannelSnippet? Snippet { get; set; }
    [JsonProperty("statistics")] public ChannelStatistics? Statistics { get; set; }
    [JsonProperty("contentDetails")] public ChannelContentDetails? ContentDetails { get; set; }
}

internal sealed class ChannelSnippet
{
    [JsonProperty("title")] public string? Title { get; set; }
    [JsonProperty("description")] public string? Description { get; set; }
    [JsonProperty("customUrl")] public string? CustomUrl { get; set; }
    [JsonProperty("publishedAt")] public string? PublishedAtRaw { get; set; }
    [JsonProperty("thumbnails")] public ThumbnailDetails? Thumbnails { get; set; }
    [JsonProperty("country")] public string? Country { get; set; }
}

internal sealed class ChannelStatistics
{
    [JsonProperty("viewCount")] public ulong? ViewCount { get; set; }
    [JsonProperty("subscriberCount")] public ulong? SubscriberCount { get; set; }
    [JsonProperty("hiddenSubscriberCount")] public bool? HiddenSubscriberCount { get; set; }
    [JsonProperty("videoCount")] public ulong? VideoCount { get; set; }
}

internal sealed class ChannelContentDetails
{
    [JsonProperty("relatedPlaylists")] public RelatedPlaylists? RelatedPlaylists { get; set; }
}

internal sealed class RelatedPlaylists
{
    [JsonProperty("uploads")] public string? Uploads { get; set; }
    [JsonProperty("likes")] public string? Likes { get; set; }
}

internal sealed class PageInfo
{
    [JsonProperty("totalResults")] public int? TotalResults { get; set; }
    [JsonProperty("resultsPerPage")] public int? ResultsPerPage { get; set; }
}
