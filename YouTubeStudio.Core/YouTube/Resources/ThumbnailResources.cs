using Google.Apis.Requests;
using Newtonsoft.Json;

namespace YouTubeStudio.Core.YouTube.Resources;

// ThumbnailDetails, Thumbnail and ThumbnailSetResponse of youtube.v3.json.

internal sealed class ThumbnailDetails
{
    [JsonProperty("default")] public Thumbnail? Default { get; set; }
    [JsonProperty("medium")] public Thumbnail? Medium { get; set; }
    [JsonProperty("high")] public Thumbnail? High { get; set; }
    [JsonProperty("standard")] public Thumbnail? Standard { get; set; }
    [JsonProperty("maxres")] public Thumbnail? Maxres { get; set; }

    public string? Best => (Maxres ?? Standard ?? High ?? Medium ?? Default)?.Url;
}

internal sealed class Thumbnail
{
    [JsonProperty("url")] public string? Url { get; set; }
    [JsonProperty("width")] public long? Width { get; set; }
    [JsonProperty("height")] public long? Height { get; set; }
}

internal sealed class ThumbnailSetResponse : IDirectResponseSchema
{
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("etag")] public string? ETag { get; set; }
    [JsonProperty("items")] public IList<ThumbnailDetails>? Items { get; set; }
}
