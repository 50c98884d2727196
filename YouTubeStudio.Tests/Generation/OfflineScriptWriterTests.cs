using System.Text.Json;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public class OfflineScriptWriterTests
{
    private static readonly OfflineScriptWriter Writer = new(TimeProvider.System);

    private static int Words(VideoScript script) => script.Scenes.Sum(s => s.Narration.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    [Fact]
    public async Task Write_ForAShort_OpensWithTheHookAndEndsWithTheCallToAction()
    {
        var result = await Writer.WriteAsync(new ScriptRequest("sourdough starter", "home baking", Format: VideoFormat.Shorts));
        var script = result.Script;

        Assert.InRange(script.Scenes.Count, 5, 8); // hook + 3-6 sections + outro
        Assert.StartsWith(script.Hook, script.Scenes[0].Narration, StringComparison.Ordinal);
        Assert.EndsWith(script.CallToAction, script.Scenes[^1].Narration, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, script.Scenes.Count), script.Scenes.Select(s => s.Index));
        Assert.All(script.Scenes, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Heading));
            Assert.False(string.IsNullOrWhiteSpace(s.Narration));
            Assert.InRange(s.OnScreenText.Split(' ').Length, 1, 8);
        });
        Assert.Contains("sourdough starter", string.Concat(script.Scenes.Skip(1).Select(s => s.Narration + s.Heading)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("{", string.Concat(script.Scenes.Select(s => s.Narration + s.Heading + s.OnScreenText)) + script.Title, StringComparison.Ordinal);
        Assert.Equal("offline-writer", result.Usage.Provider);
        Assert.True(result.Usage.CpuSeconds > 0);
        Assert.Equal(script.Scenes.Sum(s => s.Narration.Length), result.Usage.Characters);
    }

    [Theory]
    [InlineData(VideoFormat.Shorts, 30)]
    [InlineData(VideoFormat.Shorts, 60)]
    [InlineData(VideoFormat.Landscape, 120)]
    [InlineData(VideoFormat.Landscape, 180)]
    public void Write_ScalesNarrationToTheTargetLengthAtTwoAndAHalfWordsPerSecond(VideoFormat format, int seconds)
    {
        var script = OfflineScriptWriter.Write(new ScriptRequest("budget travel in Japan", "travel", Format: format, TargetSeconds: seconds));

        var expected = seconds * 2.5;
        Assert.InRange(Words(script), expected * 0.75, expected * 1.25);
    }

    [Fact]
    public void Write_ForALongerTarget_WritesMoreScenesAndWords()
    {
        var shortScript = OfflineScriptWriter.Write(new ScriptRequest("composting", "gardening", Format: VideoFormat.Shorts, TargetSeconds: 30));
        var longScript = OfflineScriptWriter.Write(new ScriptRequest("composting", "gardening", Format: VideoFormat.Landscape, TargetSeconds: 180));

        Assert.True(Words(longScript) > 3 * Words(shortScript), $"{Words(longScript)} words vs {Words(shortScript)}");
        Assert.True(longScript.Scenes.Count > shortScript.Scenes.Count);
    }

    [Fact]
    public void Write_ForAVeryShortTarget_SpeaksOnlyTheKeyLinesOfEachSection()
    {
        var script = OfflineScriptWriter.Write(new ScriptRequest("keeping compost healthy", "gardening", Format: VideoFormat.Shorts, TargetSeconds: 10));

        Assert.Equal(5, script.Scenes.Count);
        Assert.All(script.Scenes.Skip(1).SkipLast(1), s => Assert.Equal(s.OnScreenText, s.Narration));
        Assert.Equal(script.CallToAction, script.Scenes[^1].Narration);
        Assert.InRange(Words(script), 15, 45);
    }

    [Fact]
    public void Write_WithoutATarget_UsesFortyFiveSecondsForShorts()
    {
        var request = new ScriptRequest("morning routines", "productivity");

        Assert.Equal(45, request.EffectiveTargetSeconds);
        Assert.InRange(Words(OfflineScriptWriter.Write(request)), 45 * 2.5 * 0.75, 45 * 2.5 * 1.25);
    }

    [Fact]
    public void Write_TheSameRequestTwice_GivesTheSameScript()
    {
        var request = new ScriptRequest("learning chess openings", "board games", Format: VideoFormat.Landscape, TargetSeconds: 150);

        var first = JsonSerializer.Serialize(OfflineScriptWriter.Write(request));
        var second = JsonSerializer.Serialize(OfflineScriptWriter.Write(request with { }));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_DifferentTopics_GiveDifferentScripts()
    {
        var topics = new[] { "learning chess openings", "cold brew coffee", "indoor bouldering", "saving for retirement", "houseplant care", "python decorators" };

        var scripts = topics.Select(t => OfflineScriptWriter.Write(new ScriptRequest(t, "hobbies"))).ToList();

        // The templates are shared, so compare the structure the seed picks: title pattern, angles, call to action.
        var shapes = scripts.Select((s, i) => s.Title.Replace(topics[i], "", StringComparison.OrdinalIgnoreCase) + "|"
            + string.Join(",", s.Scenes.Select(x => x.OnScreenText).Skip(1)) + "|" + s.CallToAction).ToList();
        Assert.True(shapes.Distinct().Count() >= 4, string.Join("\n", shapes));
    }

    [Fact]
    public void Write_AVeryLongTopic_KeepsTitleAndTagsWithinYouTubeLimits()
    {
        var topic = string.Join(' ', Enumerable.Repeat("extraordinarily complicated subject", 12));

        var script = OfflineScriptWriter.Write(new ScriptRequest(topic, "a rather long niche name for a channel about many things"));

        Assert.InRange(script.Title.Length, 10, 100);
        Assert.InRange(script.Tags.Count, 5, 15);
        Assert.True(OfflineScriptWriter.TagCharacters(script.Tags) <= 500);
        Assert.Equal(script.Tags.Count, script.Tags.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Write_DescriptionListsChaptersStartingAtZero()
    {
        var script = OfflineScriptWriter.Write(new ScriptRequest("home espresso", "coffee", Format: VideoFormat.Landscape, TargetSeconds: 150));

        var lines = script.Description.Split('\n');
        var chapterIndex = Array.IndexOf(lines, "Chapters:");
        Assert.True(chapterIndex > 0, script.Description);
        Assert.Equal("0:00 Intro", lines[chapterIndex + 1]);
        Assert.True(lines.Skip(chapterIndex + 1).TakeWhile(l => l.Length > 0).Count() >= 3, script.Description);
    }

    [Theory]
    [InlineData("sourdough starter")]
    [InlineData("python decorators")]
    [InlineData("learning to juggle")]
    [InlineData("tax returns")]
    public void Write_WithoutANiche_NeverNamesAStandInNicheInTheHookOrCallToAction(string topic)
    {
        var script = OfflineScriptWriter.Write(new ScriptRequest(topic, ""));

        Assert.DoesNotContain("this area", script.Hook + script.CallToAction, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", string.Concat(script.Scenes.Select(s => s.Narration)), StringComparison.Ordinal);
        Assert.InRange(script.Tags.Count, 5, 15);
    }

    [Fact]
    public async Task Write_WithAnEmptyTopic_FailsPermanently()
    {
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Writer.WriteAsync(new ScriptRequest("   ", "anything")));

        Assert.Equal("script_invalid", ex.Reason);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public void Script_RoundTripsThroughSnakeCaseJson()
    {
        var script = OfflineScriptWriter.Write(new ScriptRequest("tide pools", "nature"));

        var json = VideoScriptJson.Serialize(script);
        var back = VideoScriptJson.Deserialize(json);

        Assert.Contains("\"call_to_action\"", json, StringComparison.Ordinal);
        Assert.Contains("\"on_screen_text\"", json, StringComparison.Ordinal);
        Assert.Equal(script.Title, back.Title);
        Assert.Equal(script.Scenes, back.Scenes);
        Assert.Equal(script.Tags, back.Tags);
    }
}
