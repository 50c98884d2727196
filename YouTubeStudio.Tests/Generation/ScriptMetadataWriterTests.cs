using System.Text.RegularExpressions;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public class ScriptMetadataWriterTests
{
    private static VideoScript Script(string description, params string[] headings) => new(
        "How compost works", "Hook",
        headings.Select((h, i) => new ScriptScene(i, h, "Some narration.", "Key")).ToList(),
        "Subscribe", description, ["compost", "gardening", "soil"]);

    private static string[] ChapterLines(string description) =>
        description.Split('\n').Where(l => Regex.IsMatch(l, @"^\d+:\d{2}(:\d{2})? ")).ToArray();

    [Fact]
    public void Build_TakesChapterTimesFromTheRealSceneDurations()
    {
        var script = Script("A short guide.\n\nChapters:\n0:00 Intro\n0:05 Estimated\n0:09 Wrong", "Title", "Greens and browns", "Turning the pile", "Your next step");
        TimeSpan[] durations = [TimeSpan.FromSeconds(12.4), TimeSpan.FromSeconds(31.9), TimeSpan.FromSeconds(40.2), TimeSpan.FromSeconds(15)];

        var metadata = ScriptMetadataWriter.Build(script, durations);

        Assert.Equal(["0:00 Intro", "0:12 Greens and browns", "0:44 Turning the pile", "1:24 Your next step"], ChapterLines(metadata.Description));
        Assert.StartsWith("A short guide.", metadata.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Estimated", metadata.Description, StringComparison.Ordinal);
        Assert.Equal(4, metadata.Chapters.Count);
    }

    [Fact]
    public void Build_FoldsScenesShorterThanTenSecondsIntoTheCurrentChapter()
    {
        var script = Script("Guide.", "Title", "A", "B", "C", "D");
        TimeSpan[] durations = [TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(3)];

        var metadata = ScriptMetadataWriter.Build(script, durations);

        // A starts at 0:04, too soon after 0:00; B at 0:12 starts a chapter; C at 0:23; D at 0:35 would last 3 s, so it stays in C.
        Assert.Equal(["0:00 Intro", "0:12 B", "0:23 C"], ChapterLines(metadata.Description));
        Assert.All(metadata.Chapters.Zip(metadata.Chapters.Skip(1)), pair => Assert.True(pair.Second.Start - pair.First.Start >= TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Build_KeepsEverythingWithinYouTubeLimits()
    {
        var longTitle = string.Join(' ', Enumerable.Repeat("very <long> title", 20));
        var script = Script(new string('x', 4000) + " " + string.Join(' ', Enumerable.Repeat("more words here", 300)), "Title", "Part one", "Part two") with
        {
            Title = longTitle,
            Tags = Enumerable.Range(0, 80).Select(i => $"tag number {i}").Append("tag number 1").Append("with,comma").ToList(),
        };

        var metadata = ScriptMetadataWriter.Build(script, [TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20)]);

        Assert.InRange(metadata.Title.Length, 1, 100);
        Assert.DoesNotContain('<', metadata.Title + metadata.Description);
        Assert.InRange(metadata.Description.Length, 1, 5000);
        Assert.Contains("0:00 Intro", metadata.Description, StringComparison.Ordinal);
        Assert.True(OfflineScriptWriter.TagCharacters(metadata.Tags) <= 500);
        Assert.DoesNotContain(metadata.Tags, t => t.Contains(',', StringComparison.Ordinal));
        Assert.Equal(metadata.Tags.Count, metadata.Tags.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task WriteAsync_ReportsUsage()
    {
        var result = await new ScriptMetadataWriter(TimeProvider.System).WriteAsync(Script("Guide.", "Title", "A"), [TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(12)]);

        Assert.Equal("script-metadata", result.Usage.Provider);
        Assert.Equal(["0:00 Intro", "0:12 A"], ChapterLines(result.Metadata.Description));
    }
}
