using System.Text.RegularExpressions;

namespace YouTubeStudio.Core.Insights;

/// <summary>
/// Numeric features of a draft for the learned content model. Duration and format are not here: the public
/// training data has no durations, so their fit is judged by rules (see <see cref="ContentRules"/>).
/// </summary>
internal static partial class ContentFeatures
{
    public static readonly string[] Names =
    [
        "title_length", "title_words", "title_caps_ratio", "title_has_number", "title_has_question",
        "title_exclamations", "title_clickbait_words", "title_separator",
        "description_length_log", "description_lines", "description_links", "keyword_in_description",
        "tag_count", "tag_relevance", "publish_hour", "publish_weekday", "category",
    ];

    public const int Count = 17;

    /// <summary>Factors shown to people, each a group of feature indices whose joint effect is measured.</summary>
    public static readonly (string Factor, int[] Features)[] Factors =
    [
        ("title_length", [0, 1]),
        ("title_style", [2, 5, 6]),
        ("title_hooks", [3, 4, 7]),
        ("description", [8, 9, 10]),
        ("keyword_in_description", [11]),
        ("tags", [12, 13]),
        ("publish_time", [14, 15]),
        ("category", [16]),
    ];

    // A short multilingual list: enough to catch the common bait without pretending to be a classifier.
    private static readonly string[] Clickbait =
    [
        "shocking", "you won't believe", "won't believe", "insane", "gone wrong", "must see", "must watch", "unbelievable",
        "crazy", "omg", "secret", "exposed", "epic", "incroyable", "choquant", "increíble", "impactante", "unglaublich", "krass",
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "for", "with", "you", "your", "this", "that", "from", "are", "was", "how", "what", "why", "who",
        "les", "des", "une", "pour", "dans", "avec", "est", "sur", "qui", "que", "pas",
        "los", "las", "del", "por", "con", "una", "para", "der", "die", "das", "und", "mit", "ein", "eine",
        "official", "video", "ft", "feat",
    };

    public static float[] Of(ContentDraft draft)
    {
        var title = draft.Title ?? "";
        var description = (draft.Description ?? "").Replace("\\n", "\n", StringComparison.Ordinal);
        var tags = draft.Tags ?? [];
        var cased = title.Count(char.IsUpper) + title.Count(char.IsLower);
        var titleWords = Words(title);
        var keywords = titleWords.Where(w => w.Length >= 3 && !StopWords.Contains(w)).Distinct().ToList();
        var descriptionWords = Words(description).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var head = string.Join(' ', description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(2));
        var headWords = Words(head.Length > 300 ? head[..300] : head).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var context = titleWords.Concat(descriptionWords).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var relevantTags = tags.Count(t => Words(t).Any(context.Contains));
        var lower = title.ToLowerInvariant();
        return
        [
            title.Length,
            titleWords.Count,
            cased == 0 ? 0 : (float)title.Count(char.IsUpper) / cased,
            title.Any(char.IsDigit) ? 1 : 0,
            title.Contains('?') || title.Contains('？') ? 1 : 0,
            title.Count(c => c is '!' or '！'),
            Clickbait.Count(w => lower.Contains(w, StringComparison.Ordinal)),
            title.IndexOfAny(['|', ':', '-', '–', '—', '(', '[']) >= 0 ? 1 : 0,
            (float)Math.Log(1 + description.Length),
            description.Length == 0 ? 0 : description.Count(c => c == '\n') + 1,
            LinkPattern().Count(description),
            keywords.Count == 0 ? 0 : (float)keywords.Count(headWords.Contains) / keywords.Count,
            tags.Count,
            tags.Count == 0 ? 0 : (float)relevantTags / tags.Count,
            draft.PublishAt is { } at ? at.UtcDateTime.Hour : -1,
            draft.PublishAt is { } day ? ((int)day.UtcDateTime.DayOfWeek + 6) % 7 : -1,
            draft.CategoryId ?? -1,
        ];
    }

    /// <summary>Lower-cased words (letters and digits) of a text.</summary>
    public static List<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    public static bool IsKeyword(string word) => word.Length >= 3 && !StopWords.Contains(word) && !word.All(char.IsDigit);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"https?://", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
