namespace YouTubeStudio.Core.Analytics;

/// <summary>One channel's totals over the range, for comparing channels.</summary>
public sealed record ChannelComparison(
    long ChannelId,
    string Name,
    bool IsDemo,
    long Views,
    double WatchHours,
    long NetSubscribers,
    decimal RevenueUsd,
    decimal CostUsd,
    int VideosPublished);
