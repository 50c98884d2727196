using Google.Apis.Requests;
using Newtonsoft.Json;

namespace YouTubeStudio.Core.YouTube.Resources;

// PlaylistItemListResponse and PlaylistItem of youtube.v3.json (snippet and contentDetails).

internal sealed class PlaylistItemListResponse : IDirectResponseSchema
{
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("etag")] public string? ETag { get; set; }
    [JsonProperty("nextPageToken")] public string? NextPageToken { get; set; }
    [JsonProperty("prevPageToken")] public string? PrevPageToken { get; set; }
    [JsonProperty("pageInfo")] public PageInfo? PageInfo { get; set; }
    [JsonProperty("items")] public IList<PlaylistItemResource>? Items { get; set; }
}

internal sealed class PlaylistItemResource
{
    [JsonProperty("id")] public string? Id { get; set; }
    [JsonProperty("snippet")] public PlaylistItemSnippet? Snippet { get; set; }
    [JsonProperty("contentDetails")] public PlaylistItemContentDetails? ContentDetails { get; set; }
}

internal sealed class PlaylistItemSnippet
{
    [JsonProperty("playlistId")] public string? PlaylistId { get; set; }
    [JsonProperty("position")] public long? Position { get; set; }
    [JsonProperty("title")] public string? Title { get; set; }
    [JsonProperty("resourceId")] public ResourceId? ResourceId { get; set; }
}

internal sealed class PlaylistItemContentDetails
{
    [JsonProperty("videoId")] public string? VideoId { get; set; }
}

internal sealed class ResourceId
{
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("videoId")] public string? VideoId { get; set; }
}
