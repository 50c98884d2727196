namespace YouTubeStudio.Core.Insights;

/// <summary>What the top quarter of a channel's videos (by age-adjusted views) have in common.</summary>
public sealed record ContentBestVideos(
    double MedianTitleLength,
    double MedianTagCount,
    double ShareWithNumber,
    double ShareWithNumberOverall,
    IReadOnlyList<string> FrequentWords);
