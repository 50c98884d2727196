using SkiaSharp;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public class SkiaThumbnailRendererTests
{
    [Theory]
    [InlineData("Compost")]
    [InlineData("The Truth About Making Sourdough Bread At Home Without Any Special Equipment Or Experience")]
    public async Task RenderAsync_WritesA1280x720PngWithTheTitleInsideItsBox(string title)
    {
        var folder = Directory.CreateTempSubdirectory("thumb-test").FullName;
        try
        {
            var script = new VideoScript(title, "Hook", [new ScriptScene(0, "H", "N", "K")], "CTA", "", ["a"]);

            var result = await new SkiaThumbnailRenderer(TimeProvider.System).RenderAsync(script, new SceneStyle("Channel", "#FAFAFA", "#D02020"), Path.Combine(folder, "thumbnail.png"));

            using var codec = SKCodec.Create(result.FilePath);
            Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
            Assert.Equal(1280, codec.Info.Width);
            Assert.Equal(720, codec.Info.Height);
            var block = SkiaThumbnailRenderer.LayoutTitle(title);
            using var font = TextLayout.CreateFont(Fonts.Bold, block.FontSize);
            Assert.True(block.Height <= SkiaThumbnailRenderer.TitleBox.Height);
            Assert.All(block.Lines, l => Assert.True(TextLayout.Measure(l, font) <= SkiaThumbnailRenderer.TitleBox.Width));
            Assert.True(block.FontSize >= 44, "the title should stay large");
            Assert.DoesNotContain(block.Lines, l => l.EndsWith('…'));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
