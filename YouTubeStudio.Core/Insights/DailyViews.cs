namespace YouTubeStudio.Core.Insights;

/// <summary>Views on one calendar day (not cumulative).</summary>
public readonly record struct DailyViews(DateOnly Date, double Views);
