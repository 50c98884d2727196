namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>One video's metrics on one day: the fake's analytics dataset, which reports aggregate.</summary>
public sealed record AnalyticsDay(DateOnly Day, string VideoId, IReadOnlyDictionary<string, decimal> Metrics);
