namespace YouTubeStudio.Core.YouTube;

/// <summary>A video's totals over a date range, from a report with <c>dimensions=video</c>.</summary>
public sealed record YouTubeTopVideo(string VideoId, long Views, long EstimatedMinutesWatched);
