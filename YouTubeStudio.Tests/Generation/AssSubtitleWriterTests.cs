using System.Globalization;
using System.Text.RegularExpressions;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public class AssSubtitleWriterTests
{
    private static VideoScript Script(params string[] narrations) => new(
        "Title", "Hook", narrations.Select((n, i) => new ScriptScene(i, $"Heading {i}", n, "Key point")).ToList(), "Subscribe", "", ["a", "b", "c"]);

    private static List<(TimeSpan Start, TimeSpan End, string Text)> Dialogues(string ass) =>
        ass.Split('\n').Where(l => l.StartsWith("Dialogue:", StringComparison.Ordinal)).Select(l =>
        {
            var parts = l["Dialogue: ".Length..].Split(',', 10);
            return (Parse(parts[1]), Parse(parts[2]), parts[9]);
        }).ToList();

    private static TimeSpan Parse(string stamp) => TimeSpan.ParseExact(stamp, @"h\:mm\:ss\.ff", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(VideoFormat.Shorts, 1080, 1920)]
    [InlineData(VideoFormat.Landscape, 1920, 1080)]
    public void Build_SetsPlayResToTheVideoSize(VideoFormat format, int width, int height)
    {
        var ass = AssSubtitleWriter.Build(Script("Hello there."), [TimeSpan.FromSeconds(2)], format);

        Assert.Contains($"PlayResX: {width}\n", ass, StringComparison.Ordinal);
        Assert.Contains($"PlayResY: {height}\n", ass, StringComparison.Ordinal);
        Assert.Contains("[V4+ Styles]", ass, StringComparison.Ordinal);
        Assert.Contains("[Events]", ass, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SplitsLongNarrationIntoChunksOfAtMostEightWords()
    {
        var narration = string.Join(' ', Enumerable.Range(1, 27).Select(i => $"word{i}"));

        var lines = Dialogues(AssSubtitleWriter.Build(Script(narration), [TimeSpan.FromSeconds(9)], VideoFormat.Shorts));

        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.InRange(l.Text.Split(' ').Length, 6, 8));
        Assert.Equal(narration, string.Join(' ', lines.Select(l => l.Text)));
    }

    [Fact]
    public void Build_TimesEachSceneFromTheEndOfThePreviousAndSpreadsChunksOverTheSpeech()
    {
        var first = "One two three four five six seven eight nine ten eleven twelve.";
        var second = "Short line.";
        TimeSpan[] slots = [TimeSpan.FromSeconds(4.35), TimeSpan.FromSeconds(2.35)];
        TimeSpan[] speech = [TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2)];

        var lines = Dialogues(AssSubtitleWriter.Build(Script(first, second), slots, VideoFormat.Landscape, speech));

        Assert.Equal(3, lines.Count);
        Assert.Equal(TimeSpan.Zero, lines[0].Start);
        Assert.Equal(lines[0].End, lines[1].Start);
        Assert.Equal(TimeSpan.FromSeconds(4), lines[1].End); // first scene's speech ends at 4 s, its pause stays empty
        Assert.Equal(TimeSpan.FromSeconds(4.35), lines[2].Start); // second scene starts after the first slot
        Assert.Equal(TimeSpan.FromSeconds(6.35), lines[2].End);
        // Chunks get time in proportion to their length.
        var ratio = (lines[0].End - lines[0].Start) / (lines[1].End - lines[1].Start);
        Assert.InRange(ratio, 0.7, 1.4);
    }

    [Fact]
    public void Escape_MakesBracesBackslashesAndNewlinesLiteral()
    {
        var escaped = AssSubtitleWriter.Escape("Use {curly} braces, a back\\slash and C:\\new\nline");

        Assert.Equal("Use \\{curly\\} braces, a back\\\u200Bslash and C:\\\u200Bnew\\Nline", escaped);
        Assert.DoesNotMatch(new Regex(@"(?<!\\)\{"), escaped);
    }

    [Fact]
    public void Build_EscapesNarrationInDialogueLines()
    {
        var ass = AssSubtitleWriter.Build(Script("Never {\\b1}bold{\\b0} here"), [TimeSpan.FromSeconds(3)], VideoFormat.Shorts);

        var text = Dialogues(ass).Single().Text;
        Assert.Equal("Never \\{\\\u200Bb1\\}bold\\{\\\u200Bb0\\} here", text);
    }

    [Theory]
    [InlineData(0, "0:00:00.00")]
    [InlineData(61.257, "0:01:01.26")]
    [InlineData(3725.5, "1:02:05.50")]
    public void Timestamp_UsesHoursMinutesSecondsAndCentiseconds(double seconds, string expected)
    {
        Assert.Equal(expected, AssSubtitleWriter.Timestamp(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public async Task WriteAsync_WritesTheFileUsingTheVoiceTimings()
    {
        var folder = Directory.CreateTempSubdirectory("ass-test").FullName;
        try
        {
            var voices = new[] { new SceneVoice(0, "scene_0.wav", TimeSpan.Zero, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1.85)) };

            var path = await new AssSubtitleWriter().WriteAsync(Script("Hello world."), voices, VideoFormat.Shorts, Path.Combine(folder, "subtitles.ass"));

            var line = Dialogues(await File.ReadAllTextAsync(path)).Single();
            Assert.Equal(TimeSpan.FromSeconds(1.5), line.End);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
