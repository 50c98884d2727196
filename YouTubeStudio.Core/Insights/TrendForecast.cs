namespace YouTubeStudio.Core.Insights;

/// <summary>
/// A daily views forecast (DESIGN §10 without the channel id, which the caller adds).
/// <see cref="Model"/> is one of <see cref="ForecastModels"/>; <see cref="Backtest"/> is null only when the
/// history is too short to hold any day back; <see cref="Note"/> says why a baseline was served.
/// </summary>
public sealed record TrendForecast(
    string Model,
    IReadOnlyList<ForecastPoint> Forecast,
    ForecastBacktest? Backtest,
    string? Note);
