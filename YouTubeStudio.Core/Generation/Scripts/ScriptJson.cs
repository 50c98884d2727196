using System.Text.Json;

namespace YouTubeStudio.Core.Generation;

/// <summary>The outcome of reading a model's reply: a script, or the reasons it is not one.</summary>
internal sealed record ScriptParseResult(VideoScript? Script, IReadOnlyList<string> Errors)
{
    public bool IsValid => Script is not null && Errors.Count == 0;
}

/// <summary>
/// Reads and checks the JSON a model writes for a <see cref="VideoScript"/>. Errors are phrased for
/// the model, because they go back to it in the repair request.
/// </summary>
internal static class ScriptJson
{
    public const int MinTags = 3;
    public const int MaxScenes = 20;

    private sealed record SceneDto(string? Heading, string? Narration, string? OnScreenText);

    private sealed record ScriptDto(
        string? Title, string? Hook, List<SceneDto?>? Scenes, string? CallToAction, string? Description, List<string?>? Tags);

    /// <summary>The JSON shape asked of the model, shown in the prompt.</summary>
    public const string Shape = """
        {
          "title": "string, at most 100 characters",
          "hook": "string, the first sentence spoken",
          "scenes": [
            { "heading": "string, 2-6 words", "narration": "string, the words spoken in this scene", "on_screen_text": "string, at most 8 words" }
          ],
          "call_to_action": "string",
          "description": "string, 1-3 sentences for the YouTube description, no timestamps",
          "tags": ["5 to 15 short tags"]
        }
        """;

    public static ScriptParseResult Parse(string? reply)
    {
        var json = Unfence(reply ?? "");
        if (json.Length == 0)
        {
            return new ScriptParseResult(null, ["The reply was empty; it must be one JSON object."]);
        }

        ScriptDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<ScriptDto>(json, VideoScriptJson.Options);
        }
        catch (JsonException ex)
        {
            return new ScriptParseResult(null, [$"The reply is not valid JSON ({ex.Message})."]);
        }

        if (dto is null)
        {
            return new ScriptParseResult(null, ["The reply must be a JSON object, not null."]);
        }

        var errors = new List<string>();
        var title = dto.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add("\"title\" is missing or empty.");
        }
        else if (title.Length > OfflineScriptWriter.MaxTitleLength)
        {
            errors.Add($"\"title\" has {title.Length} characters; YouTube allows at most {OfflineScriptWriter.MaxTitleLength}.");
        }

        var hook = dto.Hook?.Trim() ?? "";
        if (hook.Length == 0)
        {
            errors.Add("\"hook\" is missing or empty.");
        }

        var scenes = new List<ScriptScene>();
        if (dto.Scenes is null || dto.Scenes.Count == 0)
        {
            errors.Add("\"scenes\" must list at least one scene.");
        }
        else if (dto.Scenes.Count > MaxScenes)
        {
            errors.Add($"\"scenes\" has {dto.Scenes.Count} entries; use at most {MaxScenes}.");
        }
        else
        {
            for (var i = 0; i < dto.Scenes.Count; i++)
            {
                var scene = dto.Scenes[i];
                var narration = scene?.Narration?.Trim() ?? "";
                var heading = scene?.Heading?.Trim() ?? "";
                if (narration.Length == 0)
                {
                    errors.Add($"scenes[{i}].narration is missing or empty.");
                }

                if (heading.Length == 0)
                {
                    errors.Add($"scenes[{i}].heading is missing or empty.");
                }

                var onScreen = scene?.OnScreenText?.Trim();
                scenes.Add(new ScriptScene(i, heading, narration, string.IsNullOrEmpty(onScreen) ? heading : onScreen));
            }
        }

        var callToAction = dto.CallToAction?.Trim() ?? "";
        if (callToAction.Length == 0)
        {
            errors.Add("\"call_to_action\" is missing or empty.");
        }

        var tags = (dto.Tags ?? []).Select(t => t?.Trim().TrimStart('#') ?? "").Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Count < MinTags)
        {
            errors.Add($"\"tags\" has {tags.Count} usable tags; give 5 to 15.");
        }

        if (errors.Count > 0)
        {
            return new ScriptParseResult(null, errors);
        }

        // Too many tags is not worth a second request: keep the first ones that fit YouTube's limits.
        var keptTags = new List<string>();
        foreach (var tag in tags.Where(t => t.Length <= 100))
        {
            if (keptTags.Count == OfflineScriptWriter.MaxTags || OfflineScriptWriter.TagCharacters([.. keptTags, tag]) > OfflineScriptWriter.MaxTagCharacters)
            {
                break;
            }

            keptTags.Add(tag);
        }

        var estimated = scenes.Select(s => Chapters.EstimateDuration(s.Narration)).ToList();
        var summary = Chapters.Strip(dto.Description?.Trim() ?? hook);
        var description = $"{summary}\n\n{Chapters.Format(Chapters.Build(scenes, estimated))}";
        return new ScriptParseResult(new VideoScript(title, hook, scenes, callToAction, description, keptTags), []);
    }

    /// <summary>Models often wrap JSON in a Markdown fence or add a sentence around it; keep the outermost object.</summary>
    private static string Unfence(string reply)
    {
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        return start >= 0 && end > start ? reply[start..(end + 1)] : reply.Trim();
    }
}
