using SkiaSharp;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// DejaVu Sans for all drawing. The Linux native assets we ship are built without fontconfig, so a
/// family-name lookup can come back with the default face; the font files are then loaded by path.
/// </summary>
internal static class Fonts
{
    private const string Family = "DejaVu Sans";
    private const string Folder = "/usr/share/fonts/truetype/dejavu";

    public static SKTypeface Regular { get; } = Load(SKFontStyle.Normal, "DejaVuSans.ttf");

    public static SKTypeface Bold { get; } = Load(SKFontStyle.Bold, "DejaVuSans-Bold.ttf");

    private static SKTypeface Load(SKFontStyle style, string file)
    {
        var byName = SKTypeface.FromFamilyName(Family, style);
        if (byName is not null && byName.FamilyName.Equals(Family, StringComparison.OrdinalIgnoreCase))
        {
            return byName;
        }

        var path = Path.Combine(Folder, file);
        return (File.Exists(path) ? SKTypeface.FromFile(path) : null) ?? byName ?? SKTypeface.Default;
    }
}
