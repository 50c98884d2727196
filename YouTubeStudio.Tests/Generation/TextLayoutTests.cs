using SkiaSharp;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public class TextLayoutTests
{
    private static void AssertInside(TextBlock block, SKRect box)
    {
        using var font = TextLayout.CreateFont(Fonts.Bold, block.FontSize);
        Assert.True(block.Height <= box.Height + 0.01f, $"{block.Lines.Count} lines of {block.LineHeight} px exceed {box.Height} px");
        for (var i = 0; i < block.Lines.Count; i++)
        {
            // Where Painter puts the line: centred by ink width, baseline at top + ascent.
            var width = TextLayout.Measure(block.Lines[i], font);
            font.MeasureText(block.Lines[i], out var ink);
            var x = box.Left + (box.Width - width) / 2 - Math.Min(0, ink.Left);
            var top = box.Top + (box.Height - block.Height) / 2;
            var baseline = top + i * block.LineHeight + block.Ascent;
            var placed = new SKRect(x + ink.Left, baseline + ink.Top, x + ink.Right, baseline + ink.Bottom);
            Assert.True(box.Contains(placed), $"line '{block.Lines[i]}' at {placed} leaves {box}");
        }
    }

    [Theory]
    [InlineData("Short")]
    [InlineData("Why the humble sourdough starter decides how your bread tastes, rises and keeps for days")]
    [InlineData("Supercalifragilisticexpialidocious-and-then-some-more-without-any-spaces-at-all-whatsoever")]
    public void Fit_KeepsEveryLineInsideTheBox(string text)
    {
        var box = new SKRect(76, 200, 1004, 700);

        var block = TextLayout.Fit(text, Fonts.Bold, box.Width, box.Height, 160, 30);

        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(block.Lines).Replace(" ", "", StringComparison.Ordinal));
        AssertInside(block, box);
    }

    [Fact]
    public void Fit_ShrinksTheFontForLongerText()
    {
        var shortBlock = TextLayout.Fit("Stop guessing", Fonts.Bold, 900, 400, 150, 30);
        var longBlock = TextLayout.Fit(string.Join(' ', Enumerable.Repeat("many more words to fit", 6)), Fonts.Bold, 900, 400, 150, 30);

        Assert.Equal(150, shortBlock.FontSize);
        Assert.True(longBlock.FontSize < shortBlock.FontSize);
        Assert.True(longBlock.Lines.Count > 1);
    }

    [Fact]
    public void Fit_WhenEvenTheSmallestSizeIsTooTall_EndsWithAnEllipsisInsteadOfClipping()
    {
        var box = new SKRect(0, 0, 400, 120);
        var text = string.Join(' ', Enumerable.Repeat("words that will never fit in this small box", 20));

        var block = TextLayout.Fit(text, Fonts.Bold, box.Width, box.Height, 60, 30);

        Assert.EndsWith("…", block.Lines[^1], StringComparison.Ordinal);
        AssertInside(block, box);
    }
}
