using System.Text.Json;
using System.Text.Json.Serialization;

namespace YouTubeStudio.Core.Generation;

/// <summary>script.json: a <see cref="VideoScript"/> in snake_case JSON, as the API and the LLM prompt use it.</summary>
public static class VideoScriptJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
    };

    public static string Serialize(VideoScript script) => JsonSerializer.Serialize(script, Options);

    /// <summary>Reads a script written by <see cref="Serialize"/>; throws <see cref="JsonException"/> when the text is not one.</summary>
    public static VideoScript Deserialize(string json) =>
        JsonSerializer.Deserialize<VideoScript>(json, Options) ?? throw new JsonException("script.json holds null instead of a script.");
}
