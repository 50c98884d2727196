namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// The dashboard's headline figures. ROI is (revenue − generation cost) / generation cost, null when
/// nothing was spent.
/// </summary>
public sealed record DashboardKpis(Kpi Views, Kpi WatchHours, Kpi NetSubscribers, Kpi RevenueUsd, Kpi CostUsd, Kpi Roi);
