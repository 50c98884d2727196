namespace YouTubeStudio.Core.Insights;

/// <summary>
/// A channel's forecast as the API and pages show it (DESIGN.md §10): the model served, the daily forecast with its
/// interval, the back-test against the baselines, a note when a baseline was served, and the last actual days
/// (<see cref="History"/>) so a chart can draw the forecast as a continuation.
/// </summary>
public sealed record ChannelForecast(
    long ChannelId,
    string Model,
    IReadOnlyList<ForecastPoint> Forecast,
    ForecastBacktest? Backtest,
    string? Note,
    IReadOnlyList<DailyViews> History);
