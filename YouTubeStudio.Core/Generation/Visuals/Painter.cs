using SkiaSharp;

namespace YouTubeStudio.Core.Generation;

/// <summary>Drawing helpers shared by slides and thumbnails.</summary>
internal static class Painter
{
    public static SKColor ParseColour(string hex, string name)
    {
        if (!SKColor.TryParse(hex, out var colour))
        {
            throw new GenerationException("render_error", $"The {name} colour '{hex}' is not a colour; use #RRGGBB.");
        }

        return colour.WithAlpha(255);
    }

    /// <summary>White on dark backgrounds, near-black on light ones, so text stays readable whatever the channel picks.</summary>
    public static SKColor TextOn(SKColor background)
    {
        var luminance = (0.2126 * background.Red + 0.7152 * background.Green + 0.0722 * background.Blue) / 255;
        return luminance > 0.55 ? new SKColor(0x14, 0x14, 0x14) : SKColors.White;
    }

    /// <summary>Draws a fitted block inside <paramref name="box"/>, centred vertically; horizontally centred or left-aligned.</summary>
    public static void DrawBlock(SKCanvas canvas, TextBlock block, SKTypeface typeface, SKRect box, SKColor colour, bool centre, bool verticalCentre = true)
    {
        using var font = TextLayout.CreateFont(typeface, block.FontSize);
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        var top = verticalCentre ? box.Top + (box.Height - block.Height) / 2 : box.Top;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            var width = TextLayout.Measure(line, font);
            font.MeasureText(line, out var bounds);
            // Place by ink bounds so the measured box is exactly where the glyphs land.
            var x = (centre ? box.Left + (box.Width - width) / 2 : box.Left) - Math.Min(0, bounds.Left);
            var baseline = top + i * block.LineHeight + block.Ascent;
            canvas.DrawText(line, x, baseline, SKTextAlign.Left, font, paint);
        }
    }

    public static void SavePng(SKSurface surface, string path)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }
}
