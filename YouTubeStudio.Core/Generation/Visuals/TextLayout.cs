using SkiaSharp;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// Word wrapping that fits a box: the largest font size (down to a minimum) at which the wrapped
/// text fits both width and height. Widths are ink bounds, not just advances, so bold glyphs that
/// overhang their advance still stay inside. If even the minimum size is too tall, the last line
/// that fits ends with an ellipsis: shortened, never clipped.
/// </summary>
internal static class TextLayout
{
    public static TextBlock Fit(string text, SKTypeface typeface, float maxWidth, float maxHeight, float maxSize, float minSize)
    {
        var clean = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        minSize = Math.Min(minSize, maxSize);
        if (TryLayout(clean, typeface, maxWidth, maxHeight, maxSize) is { } largest)
        {
            return largest;
        }

        // Height shrinks as the size does, so a binary search finds the largest size that fits to within half a pixel.
        float low = minSize, high = maxSize;
        TextBlock? best = TryLayout(clean, typeface, maxWidth, maxHeight, minSize);
        if (best is not null)
        {
            while (high - low > 0.5f)
            {
                var middle = (low + high) / 2;
                if (TryLayout(clean, typeface, maxWidth, maxHeight, middle) is { } fits)
                {
                    best = fits;
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            return best;
        }

        using var font = CreateFont(typeface, minSize);
        var lineHeight = LineHeight(font);
        var fitting = Math.Max(1, (int)(maxHeight / lineHeight));
        return new TextBlock(Ellipsize(Wrap(clean, font, maxWidth), fitting, font, maxWidth), minSize, lineHeight, -font.Metrics.Ascent);
    }

    private static TextBlock? TryLayout(string text, SKTypeface typeface, float maxWidth, float maxHeight, float size)
    {
        using var font = CreateFont(typeface, size);
        var lines = Wrap(text, font, maxWidth);
        var lineHeight = LineHeight(font);
        return lines.Count * lineHeight <= maxHeight ? new TextBlock(lines, size, lineHeight, -font.Metrics.Ascent) : null;
    }

    public static SKFont CreateFont(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = true };

    public static float LineHeight(SKFont font) => Math.Max(font.Spacing, font.Size * 1.15f);

    /// <summary>The width the line's ink and advance take together.</summary>
    public static float Measure(string line, SKFont font)
    {
        var advance = font.MeasureText(line, out var bounds);
        return Math.Max(advance, bounds.Right) - Math.Min(0, bounds.Left);
    }

    public static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (Measure(candidate, font) <= maxWidth)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            // A single word wider than the box (a long URL, a German compound) is broken by characters.
            while (Measure(current, font) > maxWidth && current.Length > 1)
            {
                var cut = current.Length - 1;
                while (cut > 1 && Measure(current[..cut], font) > maxWidth)
                {
                    cut--;
                }

                lines.Add(current[..cut]);
                current = current[cut..];
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private static List<string> Ellipsize(List<string> lines, int count, SKFont font, float maxWidth)
    {
        if (lines.Count <= count)
        {
            return lines;
        }

        var kept = lines.Take(count).ToList();
        var last = kept[^1];
        while (last.Length > 0 && Measure(last + "…", font) > maxWidth)
        {
            last = last[..^1].TrimEnd();
        }

        kept[^1] = last + "…";
        return kept;
    }
}
