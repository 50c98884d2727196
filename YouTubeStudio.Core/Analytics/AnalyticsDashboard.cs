namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// Everything the Analytics page and <c>GET /api/v1/analytics/dashboard</c> show for a channel (or all
/// real channels) over [From, To], both ends included. Sums are exact sums of the stored rows.
/// </summary>
public sealed record AnalyticsDashboard(
    long? ChannelId,
    DateOnly From,
    DateOnly To,
    DateOnly PreviousFrom,
    DateOnly PreviousTo,
    bool HasData,
    DashboardKpis Kpis,
    IReadOnlyList<DailyAnalyticsPoint> Daily,
    IReadOnlyList<TopVideo> TopVideos,
    IReadOnlyList<ChannelComparison> Channels,
    IReadOnlyList<CostRevenuePoint> CostVsRevenue);
