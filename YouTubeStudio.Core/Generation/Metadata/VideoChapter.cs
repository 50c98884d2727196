namespace YouTubeStudio.Core.Generation;

/// <summary>A chapter line of a description: "1:05 How it works".</summary>
public sealed record VideoChapter(TimeSpan Start, string Title)
{
    public override string ToString() => $"{Chapters.FormatTimestamp(Start)} {Title}";
}
