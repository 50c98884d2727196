using System.Text.Json;
using System.Text.Json.Serialization;

namespace YouTubeStudio.Core.Generation.Pipeline;

/// <summary>Optional request parameters (the queue message's <c>params</c>).</summary>
public sealed record GenerationParams
{
    [JsonPropertyName("target_seconds")] public int? TargetSeconds { get; init; }
    [JsonPropertyName("voice")] public string? Voice { get; init; }
    [JsonPropertyName("words_per_minute")] public int? WordsPerMinute { get; init; }
    [JsonPropertyName("style")] public string? Style { get; init; }

    public static GenerationParams Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new GenerationParams();
        try
        {
            return JsonSerializer.Deserialize<GenerationParams>(json) ?? new GenerationParams();
        }
        catch (JsonException)
        {
            return new GenerationParams();
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });
}
