namespace YouTubeStudio.Core.Insights;

/// <summary>Forecasts a channel's (or video's) daily views from its own history.</summary>
public interface ITrendForecaster
{
    /// <summary>
    /// Forecasts <paramref name="forecastDays"/> (1–90) days after the last day of <paramref name="history"/>.
    /// Missing days are imputed and negative days (view recounts) treated as missing. The model is chosen by a
    /// back-test on the most recent days: the ML model is served only when it beats both naive baselines.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="forecastDays"/> is outside 1–90.</exception>
    /// <exception cref="InsufficientHistoryException">The history holds no usable day.</exception>
    TrendForecast Forecast(IReadOnlyList<DailyViews> history, int forecastDays, CancellationToken cancellationToken = default);
}
