using System.Text.Json;
using System.Text.Json.Serialization;

namespace YouTubeStudio.Core.YouTube.Publishing;

/// <summary>The validated publish request as stored in the task's params.</summary>
internal sealed record PublishParams(
    [property: JsonPropertyName("privacy")] string Privacy,
    [property: JsonPropertyName("publish_at")] DateTimeOffset? PublishAt,
    [property: JsonPropertyName("made_for_kids")] bool MadeForKids,
    [property: JsonPropertyName("contains_synthetic_media")] bool ContainsSyntheticMedia,
    [property: JsonPropertyName("category_id")] string CategoryId)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static PublishParams Parse(string json) =>
        JsonSerializer.Deserialize<PublishParams>(json) ?? throw new JsonException("Empty publish params.");
}
