namespace YouTubeStudio.Core.Generation;

/// <summary>
/// Metadata from the script: its title and tags cleaned to YouTube's rules, its description with the
/// estimated chapters replaced by ones from the real voice timings.
/// </summary>
public sealed class ScriptMetadataWriter(TimeProvider timeProvider) : IMetadataWriter
{
    public const string ProviderName = "script-metadata";
    public const int MaxTitleLength = 100;
    public const int MaxDescriptionLength = 5000;
    public const int MaxTagCharacters = 500;

    public async Task<MetadataResult> WriteAsync(VideoScript script, IReadOnlyList<TimeSpan> sceneDurations, CancellationToken cancellationToken = default)
    {
        var startedAt = timeProvider.GetTimestamp();
        var (metadata, cpu) = await CpuClock.RunMeasuredAsync(() => Build(script, sceneDurations), cancellationToken).ConfigureAwait(false);
        return new MetadataResult(metadata, new StageUsage(ProviderName, CpuSeconds: cpu, WallSeconds: timeProvider.GetElapsedTime(startedAt).TotalSeconds));
    }

    public static VideoMetadata Build(VideoScript script, IReadOnlyList<TimeSpan> sceneDurations)
    {
        ArgumentNullException.ThrowIfNull(script);
        var chapters = Chapters.Build(script.Scenes, sceneDurations);
        var chapterBlock = Chapters.Format(chapters);

        var title = OfflineScriptWriter.Truncate(Clean(script.Title), MaxTitleLength);
        var summary = Clean(Chapters.Strip(script.Description), keepLines: true);
        // Chapters are worth more than the end of a long summary, so the summary gives way.
        var room = MaxDescriptionLength - chapterBlock.Length - 2;
        if (summary.Length > room)
        {
            summary = OfflineScriptWriter.Truncate(summary, Math.Max(0, room));
        }

        var description = summary.Length == 0 ? chapterBlock : $"{summary}\n\n{chapterBlock}";
        if (description.Length > MaxDescriptionLength)
        {
            description = description[..MaxDescriptionLength];
        }

        return new VideoMetadata(title, description, CleanTags(script.Tags), chapters);
    }

    /// <summary>YouTube refuses titles and descriptions containing angle brackets; whitespace is tidied too.</summary>
    private static string Clean(string text, bool keepLines = false)
    {
        var withoutBrackets = (text ?? "").Replace('<', '(').Replace('>', ')');
        if (keepLines)
        {
            return string.Join('\n', withoutBrackets.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
        }

        return string.Join(' ', withoutBrackets.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Commas separate tags on YouTube, so they cannot be inside one; duplicates and overflow beyond 500 characters are dropped.</summary>
    private static List<string> CleanTags(IEnumerable<string> tags)
    {
        var kept = new List<string>();
        foreach (var tag in tags.Select(t => Clean(t.Replace(',', ' ')).TrimStart('#')).Where(t => t.Length is > 0 and <= 100)
                     .Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (OfflineScriptWriter.TagCharacters([.. kept, tag]) <= MaxTagCharacters)
            {
                kept.Add(tag);
            }
        }

        return kept;
    }
}
