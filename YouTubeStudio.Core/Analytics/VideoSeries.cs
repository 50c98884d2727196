namespace YouTubeStudio.Core.Analytics;

/// <summary>A video's daily series over a range, with its totals.</summary>
public sealed record VideoSeries(TopVideo Video, DateOnly From, DateOnly To, IReadOnlyList<VideoDailyPoint> Daily);
