using System.Globalization;
using YouTubeStudio.Core.Channels;

namespace YouTubeStudio.Core.Insights;

/// <summary>
/// The cold-start prior and the suggestions. Effects are points around a neutral 50, set from YouTube's own
/// creator guidance (titles cut off past ~70 characters, descriptions and tags that describe the video, Shorts up
/// to 60 s) rather than fitted to any data set, so they carry no data the product may not ship.
/// </summary>
internal static class ContentRules
{
    public const int ShortsMaxSeconds = 60;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The prior's effect of each factor (points).</summary>
    public static double PriorEffect(string factor, ContentDraft draft, float[] f) => factor switch
    {
        "title_length" => f[0] switch
        {
            < 15 => -6,
            < 30 => 0,
            <= 70 => 5,
            _ => -Math.Min(15, 3 + (f[0] - 70) / 15),
        },
        "title_style" => TitleStyle(draft, f),
        "title_hooks" => Math.Min(3, 2 * f[3] + f[4] + f[7]),
        "description" => f[8] switch
        {
            0 => -8,
            < 4.6f => -4, // under ~100 characters
            < 5.3f => 0,  // under ~200
            _ => 4,
        },
        "keyword_in_description" => f[8] == 0 ? 0 : 8 * f[11] - 4,
        "tags" => (f[12] switch
        {
            0 => -5,
            < 5 => 0,
            <= 20 => 4,
            <= 30 => 1,
            _ => -3,
        }) + (f[12] == 0 ? 0 : 6 * (f[13] - 0.5)),
        _ => 0,
    };

    /// <summary>Duration fit for the format; null when the duration is unknown.</summary>
    public static ScoreReason Duration(ContentDraft draft)
    {
        if (draft.DurationSeconds is not { } seconds)
        {
            return new ScoreReason("duration", 0, "Set the planned duration to check it against the format.");
        }

        var format = draft.Format is ContentType.Shorts or ContentType.Landscape
            ? draft.Format.Value
            : seconds <= ShortsMaxSeconds ? ContentType.Shorts : ContentType.Landscape;
        var length = TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", Invariant);
        if (format == ContentType.Shorts)
        {
            return seconds switch
            {
                > ShortsMaxSeconds => new ScoreReason("duration", -15, $"A Short must be at most {ShortsMaxSeconds} s; this one is {length}. Cut it to 15–60 s or publish it as a landscape video."),
                < 15 => new ScoreReason("duration", -3, $"At {length} the Short is very brief; 15–60 s gives a hook and a payoff room."),
                _ => new ScoreReason("duration", 3, $"{length} fits a Short (15–60 s)."),
            };
        }

        return seconds switch
        {
            < 60 => new ScoreReason("duration", -6, $"At {length} a landscape video is shorter than a minute: publish it as a Short instead."),
            < 240 => new ScoreReason("duration", 0, $"{length} is short for a landscape video; 7–15 minutes is the usual sweet spot for watch time."),
            < 420 => new ScoreReason("duration", 2, $"{length} is fine; 7–15 minutes tends to earn more watch time if the content holds."),
            <= 1200 => new ScoreReason("duration", 4, $"{length} is in the 7–20 minute sweet spot for landscape videos."),
            <= 3600 => new ScoreReason("duration", 0, $"{length} is long: make sure chapters and pacing hold attention."),
            _ => new ScoreReason("duration", -3, $"{length} is very long for a planned upload; consider splitting it into parts."),
        };
    }

    /// <summary>A concrete suggestion for a factor, worded by its effect's sign.</summary>
    public static string Suggest(string factor, ContentDraft draft, float[] f, double effect)
    {
        var helps = effect >= 0;
        switch (factor)
        {
            case "title_length":
                return f[0] > 70
                    ? $"Shorten the title to 30–70 characters (now {f[0]:0}); longer titles are cut off in search and suggestions."
                    : f[0] < 30
                        ? $"Lengthen the title towards 30–70 characters (now {f[0]:0}) with the words viewers would search for."
                        : helps ? $"The title's length ({f[0]:0} characters) works; keep it." : $"The title's length ({f[0]:0} characters) does not help here; try a tighter or more specific wording.";
            case "title_style":
                if (f[2] > 0.6 && CasedLetters(draft.Title) >= 8)
                {
                    return "Avoid an all-caps title; capitalise one or two key words at most.";
                }

                return f[6] > 0 || f[5] >= 2
                    ? "Drop bait words and repeated exclamation marks; state what the video delivers."
                    : helps ? "The title's tone is plain and clear; keep it." : "The title's tone costs points; make it plainer and more specific.";
            case "title_hooks":
                return f[3] + f[4] + f[7] > 0
                    ? helps ? "The number, question or 'topic: angle' structure gives the title a hook; keep it." : "The title's hook (number, question or separator) does not pay off here; try a plain statement of the benefit."
                    : "Consider a concrete hook: a number, a question or a 'topic: angle' structure.";
            case "description":
                return f[8] == 0
                    ? "Write a description: two or three lines (200+ characters) that say what the video covers."
                    : f[8] < 5.3f
                        ? "Expand the description to at least 200 characters; it feeds search and suggestions."
                        : helps ? "The description is substantial; keep its first lines about this video." : "The description does not help here; lead with what the video covers and trim boilerplate.";
            case "keyword_in_description":
                var missing = MissingKeywords(draft);
                return f[8] == 0
                    ? "Once there is a description, repeat the title's main keyword in its first two lines."
                    : missing.Count > 0
                        ? $"Repeat the title's keywords ({string.Join(", ", missing.Take(3).Select(k => $"'{k}'"))}) in the first two lines of the description."
                        : "The title's keywords appear in the description's first lines; good.";
            case "tags":
                var count = (int)f[12];
                return count switch
                {
                    0 => "Add 5–15 tags that describe this video, starting with the title's main keyword.",
                    > 30 => $"Trim the {count} tags to the 5–15 most relevant ones.",
                    _ when f[13] < 0.5f => $"Only {f[13]:P0} of the tags share a word with the title or description; use tags that describe this video.",
                    < 5 => $"Add a few more relevant tags ({count} now; 5–15 is typical).",
                    _ => helps ? $"{count} tags, {f[13]:P0} of them relevant; fine." : $"{count} tags, {f[13]:P0} relevant; this set does not help here, try fewer and more specific ones.",
                };
            case "publish_time":
                return draft.PublishAt is { } at
                    ? helps
                        ? $"Publishing {at.UtcDateTime:dddd} at {at.UtcDateTime:HH}:00 UTC suits similar videos."
                        : $"Videos published {at.UtcDateTime:dddd} around {at.UtcDateTime:HH}:00 UTC did worse; try another slot, a few hours before the audience's evening."
                    : "Set a planned publish time to get advice on it.";
            case "category":
                return draft.CategoryId is { } category
                    ? helps ? $"Category {category} did well for similar videos." : $"Category {category} did worse for similar videos; check it is the most accurate one."
                    : "Set the category to the one that describes the video best.";
            default:
                return "";
        }
    }

    private static List<string> MissingKeywords(ContentDraft draft)
    {
        var description = (draft.Description ?? "").Replace("\\n", "\n", StringComparison.Ordinal);
        var head = string.Join(' ', description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(2));
        var headWords = ContentFeatures.Words(head).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return ContentFeatures.Words(draft.Title).Where(ContentFeatures.IsKeyword).Distinct().Where(w => !headWords.Contains(w)).ToList();
    }

    private static double TitleStyle(ContentDraft draft, float[] f)
    {
        var penalty = (f[2] > 0.6 && CasedLetters(draft.Title) >= 8 ? 6 : 0) + (f[5] >= 2 ? 2 : 0) + Math.Min(6, 2 * f[6]);
        return penalty == 0 ? 2 : -penalty;
    }

    private static int CasedLetters(string text) => text.Count(c => char.IsUpper(c) || char.IsLower(c));
}
