using System.Text;
using System.Text.RegularExpressions;

namespace YouTubeStudio.Core.Generation;

/// <summary>Chapters for descriptions, from estimated or real scene durations, in the form YouTube recognises.</summary>
internal static partial class Chapters
{
    /// <summary>YouTube ignores all chapters when any is shorter than this, so short scenes share a chapter.</summary>
    public static readonly TimeSpan MinimumLength = TimeSpan.FromSeconds(10);

    public const string Header = "Chapters:";

    /// <summary>Speaking rate used to estimate timing before the voice exists.</summary>
    public const double WordsPerSecond = 2.5;

    public static TimeSpan EstimateDuration(string narration) =>
        TimeSpan.FromSeconds(Math.Max(1, CountWords(narration) / WordsPerSecond));

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// One chapter per scene, starting at 0:00 with "Intro"; a scene starts a new chapter only when
    /// the current one has lasted <see cref="MinimumLength"/>, and a short last chapter joins the one before.
    /// </summary>
    public static IReadOnlyList<VideoChapter> Build(IReadOnlyList<ScriptScene> scenes, IReadOnlyList<TimeSpan> durations)
    {
        if (scenes.Count != durations.Count)
        {
            throw new ArgumentException($"Got {durations.Count} durations for {scenes.Count} scenes.", nameof(durations));
        }

        var chapters = new List<VideoChapter>();
        var total = durations.Aggregate(TimeSpan.Zero, (sum, d) => sum + d);
        var start = TimeSpan.Zero;
        for (var i = 0; i < scenes.Count; i++)
        {
            if (chapters.Count == 0)
            {
                chapters.Add(new VideoChapter(TimeSpan.Zero, "Intro"));
            }
            else if (start - chapters[^1].Start >= MinimumLength)
            {
                chapters.Add(new VideoChapter(Truncate(start), Clean(scenes[i].Heading)));
            }

            start += durations[i];
        }

        if (chapters.Count > 1 && total - chapters[^1].Start < MinimumLength)
        {
            chapters.RemoveAt(chapters.Count - 1);
        }

        return chapters;
    }

    public static string Format(IReadOnlyList<VideoChapter> chapters)
    {
        var text = new StringBuilder(Header);
        foreach (var chapter in chapters)
        {
            text.Append('\n').Append(chapter);
        }

        return text.ToString();
    }

    /// <summary>Removes a chapter block (the header and timestamp lines) so real timings can replace estimated ones.</summary>
    public static string Strip(string description)
    {
        var lines = description.Replace("\r\n", "\n").Split('\n')
            .Where(line => !TimestampLine().IsMatch(line) && !line.Trim().Equals(Header, StringComparison.OrdinalIgnoreCase));
        return MultipleBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    public static string FormatTimestamp(TimeSpan time) =>
        time.TotalHours >= 1 ? $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}" : $"{time.Minutes}:{time.Seconds:00}";

    private static TimeSpan Truncate(TimeSpan time) => TimeSpan.FromSeconds(Math.Floor(time.TotalSeconds));

    private static string Clean(string heading)
    {
        var text = heading.ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? "Part" : text;
    }

    [GeneratedRegex(@"^\s*\(?\d{1,2}:\d{2}(:\d{2})?\)?\s")]
    private static partial Regex TimestampLine();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();
}
