using SkiaSharp;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public sealed class SkiaSceneRendererTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scenes-test").FullName;
    private static readonly SceneStyle Style = new("Test Channel", "#102030", "#FFB000");

    public void Dispose() => Directory.Delete(_folder, true);

    private static VideoScript Script(string heading, string onScreen) => new(
        "A title that is long enough to wrap across several lines of the title card for sure", "Hook",
        [
            new ScriptScene(0, "Intro", "Hook narration.", "A subtitle line on the card"),
            new ScriptScene(1, heading, "Narration.", onScreen),
            new ScriptScene(2, "End", "Bye.", "Try one idea today"),
        ],
        "Subscribe", "", ["a", "b", "c"]);

    [Theory]
    [InlineData(VideoFormat.Shorts)]
    [InlineData(VideoFormat.Landscape)]
    public async Task RenderAsync_WritesOnePngPerSceneAtTheVideoSize(VideoFormat format)
    {
        var result = await new SkiaSceneRenderer(TimeProvider.System).RenderAsync(Script("Heading", "Key point"), format, Style, _folder);

        Assert.Equal(3, result.Files.Count);
        foreach (var file in result.Files)
        {
            using var codec = SKCodec.Create(file);
            Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
            Assert.Equal(format.Width(), codec.Info.Width);
            Assert.Equal(format.Height(), codec.Info.Height);
        }

        Assert.Equal("skia", result.Usage.Provider);
        Assert.True(result.Usage.CpuSeconds > 0);
    }

    [Theory]
    [InlineData(VideoFormat.Shorts)]
    [InlineData(VideoFormat.Landscape)]
    public async Task RenderAsync_WithHugeText_LeavesTheMarginsAndTheSubtitleZoneEmpty(VideoFormat format)
    {
        var huge = string.Join(' ', Enumerable.Repeat("Unbelievably-long-words keep coming", 30));
        var result = await new SkiaSceneRenderer(TimeProvider.System).RenderAsync(Script(huge, huge), format, Style, _folder);

        using var bitmap = SKBitmap.Decode(result.Files[1]);
        var background = SKColor.Parse(Style.BackgroundHex);
        var layout = SkiaSceneRenderer.Layout(format);
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                var inMargin = x < layout.Body.Left - 2 || x > layout.Body.Right + 2;
                var inSubtitleZone = y > layout.Body.Bottom + 2 && y < layout.ProgressBar.Top - 2;
                var belowTopBand = y > format.Height() * 0.02;
                var pixel = bitmap.GetPixel(x, y);
                if (belowTopBand && (inMargin || inSubtitleZone))
                {
                    Assert.True(pixel == background, $"ink at {x},{y} outside the text area: {pixel}");
                }
                else if (pixel != background)
                {
                    inked++;
                }
            }
        }

        Assert.True(inked > 1000, "the slide has hardly any text drawn");
    }

    [Fact]
    public async Task RenderAsync_WithAnInvalidColour_FailsWithARenderError()
    {
        var ex = await Assert.ThrowsAsync<GenerationException>(() =>
            new SkiaSceneRenderer(TimeProvider.System).RenderAsync(Script("H", "K"), VideoFormat.Shorts, Style with { AccentHex = "orange-ish" }, _folder));

        Assert.Equal("render_error", ex.Reason);
        Assert.Contains("orange-ish", ex.Message, StringComparison.Ordinal);
    }
}
