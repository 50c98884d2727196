namespace YouTubeStudio.Core.Generation;

/// <summary>Text laid out to fit a box: its lines, the font size chosen and the distance between baselines.</summary>
internal sealed record TextBlock(IReadOnlyList<string> Lines, float FontSize, float LineHeight, float Ascent)
{
    public float Height => Lines.Count * LineHeight;
}
