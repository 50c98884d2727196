using Google.Apis.Requests;
using Newtonsoft.Json;

namespace YouTubeStudio.Core.YouTube.Resources;

// QueryResponse (kind youtubeAnalytics#resultTable) and ResultTableColumnHeader of youtubeAnalytics.v2.json.

internal sealed class QueryResponse : IDirectResponseSchema
{
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("etag")] public string? ETag { get; set; }
    [JsonProperty("columnHeaders")] public IList<ResultTableColumnHeader>? ColumnHeaders { get; set; }

    /// <summary>Absent (not empty) when the report has no data.</summary>
    [JsonProperty("rows")] public IList<IList<object?>>? Rows { get; set; }
}

internal sealed class ResultTableColumnHeader
{
    [JsonProperty("name")] public string? Name { get; set; }
    [JsonProperty("columnType")] public string? ColumnType { get; set; }
    [JsonProperty("dataType")] public string? DataType { get; set; }
}
