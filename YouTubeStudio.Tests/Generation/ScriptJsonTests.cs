using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public class ScriptJsonTests
{
    internal const string Valid = """
        {"title":"Why compost smells (and how to fix it)","hook":"Your compost should not stink.",
         "scenes":[{"heading":"The smell","narration":"Your compost should not stink. Here is why it does.","on_screen_text":"Bad smell = bad balance"},
                   {"heading":"The fix","narration":"Add browns like dry leaves and turn the pile.","on_screen_text":"Add browns, turn it"},
                   {"heading":"Next step","narration":"Try it this week. Subscribe for more garden tips.","on_screen_text":""}],
         "call_to_action":"Subscribe for more garden tips.","description":"Fix a smelly compost pile in a week.",
         "tags":["compost","gardening","#soil","compost smell","Compost"]}
        """;

    [Fact]
    public void Parse_AValidReply_BuildsTheScriptWithChaptersAndCleanTags()
    {
        var result = ScriptJson.Parse(Valid);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
        var script = result.Script!;
        Assert.Equal("Why compost smells (and how to fix it)", script.Title);
        Assert.Equal([0, 1, 2], script.Scenes.Select(s => s.Index));
        Assert.Equal("Next step", script.Scenes[2].OnScreenText); // empty on-screen text falls back to the heading
        Assert.Equal(["compost", "gardening", "soil", "compost smell"], script.Tags);
        Assert.StartsWith("Fix a smelly compost pile in a week.\n\nChapters:\n0:00 Intro", script.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AReplyWrappedInAMarkdownFence_StillReadsTheObject()
    {
        var result = ScriptJson.Parse("Sure! Here it is:\n```json\n" + Valid + "\n```");

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("I cannot help with that.", "not valid JSON")]
    [InlineData("{\"title\": \"x\", \"scenes\": [", "not valid JSON")]
    [InlineData("null", "not null")]
    public void Parse_SomethingThatIsNotAScriptObject_SaysWhy(string reply, string expected)
    {
        var result = ScriptJson.Parse(reply);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MissingAndOversizedFields_ListsEveryProblem()
    {
        var reply = """{"title":"%T%","hook":"","scenes":[{"heading":"A","narration":""}],"call_to_action":null,"tags":["one"]}"""
            .Replace("%T%", new string('T', 120), StringComparison.Ordinal);

        var result = ScriptJson.Parse(reply);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains("120 characters", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("\"hook\"", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("scenes[0].narration", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("\"call_to_action\"", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("\"tags\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoScenes_IsInvalid()
    {
        var result = ScriptJson.Parse("""{"title":"T","hook":"H","scenes":[],"call_to_action":"C","tags":["a","b","c"]}""");

        Assert.Contains(result.Errors, e => e.Contains("at least one scene", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TooManyTags_KeepsFifteenWithinFiveHundredCharacters()
    {
        var tags = string.Join(',', Enumerable.Range(0, 40).Select(i => $"\"a fairly long tag number {i}\""));
        var reply = Valid.Replace("\"tags\":[\"compost\",\"gardening\",\"#soil\",\"compost smell\",\"Compost\"]", $"\"tags\":[{tags}]", StringComparison.Ordinal);

        var result = ScriptJson.Parse(reply);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
        Assert.InRange(result.Script!.Tags.Count, 5, 15);
        Assert.True(OfflineScriptWriter.TagCharacters(result.Script.Tags) <= 500);
    }
}
