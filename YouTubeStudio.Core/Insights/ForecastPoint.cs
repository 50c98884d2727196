namespace YouTubeStudio.Core.Insights;

/// <summary>One forecast day with its interval (lower is never below zero).</summary>
public sealed record ForecastPoint(DateOnly Date, double Views, double Lower, double Upper);
