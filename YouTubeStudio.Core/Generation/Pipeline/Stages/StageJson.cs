using System.Text.Json;
using System.Text.Json.Serialization;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

/// <summary>How checkpoint outputs are written: snake_case JSON, readable in the artifacts folder too.</summary>
internal static class StageJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(IReadOnlyDictionary<string, string> outputs, string stage) =>
        outputs.TryGetValue(stage, out var json) && JsonSerializer.Deserialize<T>(json, Options) is { } value
            ? value
            : throw new GenerationException("checkpoint_missing", $"The {stage} stage's output is missing; requeue the video to start again.", isTransient: false);
}
