using System.Globalization;

namespace YouTubeStudio.Core.Insights;

/// <summary>
/// Back-tests a FastTree model against the last-value and seasonal-naive baselines on the most recent days and
/// serves the winner, with bounds from the back-test's residual quantiles.
/// </summary>
public sealed class TrendForecaster : ITrendForecaster
{
    public const int MaxForecastDays = 90;

    /// <summary>Below this many days (after cleaning) only the baselines are considered.</summary>
    public const int MinimumHistoryForModel = ForecastRegressor.MinimumTrainingDays + 7;

    private const int MaxBacktestDays = 28;
    private const int MinBacktestDays = 7;
    private const int EvidenceDays = 84;

    // The ML model must beat the best baseline by this relative margin: a back-test on a few weeks is noisy,
    // and on a tie the simpler forecast is the honest one.
    private const double SelectionMargin = 0.02;

    private const double LowerQuantile = 0.1;
    private const double UpperQuantile = 0.9;

    public TrendForecast Forecast(IReadOnlyList<DailyViews> history, int forecastDays, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(forecastDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(forecastDays, MaxForecastDays);

        var series = DailySeries.Regularize(history);
        if (series.Length == 0)
        {
            throw new InsufficientHistoryException("The history holds no day with a usable view count.");
        }

        var values = series.Values;
        var n = values.Length;
        var horizon = Math.Min(MaxBacktestDays, Math.Max(MinBacktestDays, forecastDays));
        var useModel = n >= MinimumHistoryForModel;
        if (useModel)
        {
            horizon = Math.Min(horizon, n - ForecastRegressor.MinimumTrainingDays);
        }
        else
        {
            // Baselines need a week before the held-out days to be told apart.
            horizon = Math.Min(horizon, n >= 14 ? n - 7 : n - 1);
        }

        if (horizon < 1)
        {
            var flat = Bounded(series.End, ForecastBaselines.LastValue(values, forecastDays), [], 1);
            return new TrendForecast(ForecastModels.LastValue, flat, null,
                "A single day of history: the forecast repeats it, with no back-test and no interval.");
        }

        // The held-out window spans several origins (up to EvidenceDays): one window of a week is too noisy to
        // choose a model by. The ML model is trained once before the window and forecasts from each origin with
        // the true history up to it, which costs one training instead of one per origin.
        var minimumBefore = useModel ? ForecastRegressor.MinimumTrainingDays : Math.Min(7, n - horizon);
        var folds = Math.Max(1, Math.Min(Math.Max(1, EvidenceDays / horizon), (n - minimumBefore) / horizon));
        var windowStart = n - folds * horizon;

        var candidates = new List<string> { ForecastModels.LastValue, ForecastModels.SeasonalNaive };
        ForecastRegressor? probe = null;
        if (useModel)
        {
            candidates.Add(ForecastModels.FastTree);
            probe = ForecastRegressor.Train(values[..windowStart], series.Start, horizon);
        }

        var smape = candidates.ToDictionary(c => c, _ => 0.0);
        var mae = candidates.ToDictionary(c => c, _ => 0.0);
        var residuals = candidates.ToDictionary(c => c, _ => new List<double>());
        for (var fold = 0; fold < folds; fold++)
        {
            var origin = windowStart + fold * horizon;
            var train = values[..origin];
            var actual = values[origin..(origin + horizon)];
            foreach (var candidate in candidates)
            {
                var predicted = candidate switch
                {
                    ForecastModels.LastValue => ForecastBaselines.LastValue(train, horizon),
                    ForecastModels.SeasonalNaive => ForecastBaselines.SeasonalNaive(train, horizon),
                    _ => probe!.Forecast(train, series.Start, horizon, cancellationToken),
                };
                smape[candidate] += ForecastMetrics.Smape(actual, predicted) / folds;
                mae[candidate] += ForecastMetrics.Mae(actual, predicted) / folds;
                for (var i = 0; i < horizon; i++)
                {
                    residuals[candidate].Add(Math.Log(1 + actual[i]) - Math.Log(1 + predicted[i]));
                }
            }
        }

        // Last value is the default; anything else has to beat it clearly to be served.
        var bestBaseline = smape[ForecastModels.SeasonalNaive] < smape[ForecastModels.LastValue] * (1 - SelectionMargin)
            ? ForecastModels.SeasonalNaive
            : ForecastModels.LastValue;
        var served = useModel && smape[ForecastModels.FastTree] < smape[bestBaseline] * (1 - SelectionMargin)
            ? ForecastModels.FastTree
            : bestBaseline;

        var forecast = Predict(served, values, series.Start, forecastDays, cancellationToken);
        var points = Bounded(series.End, forecast, residuals[served], horizon);
        var backtest = new ForecastBacktest(
            horizon,
            smape[served],
            mae[served],
            new Dictionary<string, double>
            {
                [ForecastModels.LastValue] = smape[ForecastModels.LastValue],
                [ForecastModels.SeasonalNaive] = smape[ForecastModels.SeasonalNaive],
            },
            new Dictionary<string, double>
            {
                [ForecastModels.LastValue] = mae[ForecastModels.LastValue],
                [ForecastModels.SeasonalNaive] = mae[ForecastModels.SeasonalNaive],
            },
            useModel ? smape[ForecastModels.FastTree] : null,
            useModel ? mae[ForecastModels.FastTree] : null);
        return new TrendForecast(served, points, backtest, Note(served, useModel, n, horizon, folds, smape, series.ImputedCount));
    }

    /// <summary>
    /// The ML model's forecast alone, trained on all of <paramref name="history"/> (a continuous daily series),
    /// whatever the back-test says: for evaluation, not for serving.
    /// </summary>
    public static double[] ForecastWithModel(IReadOnlyList<double> history, DateOnly start, int horizon, CancellationToken cancellationToken = default) =>
        ForecastRegressor.Train(history, start, horizon).Forecast(history, start, horizon, cancellationToken);

    private static double[] Predict(string model, double[] train, DateOnly start, int horizon, CancellationToken cancellationToken) => model switch
    {
        ForecastModels.LastValue => ForecastBaselines.LastValue(train, horizon),
        ForecastModels.SeasonalNaive => ForecastBaselines.SeasonalNaive(train, horizon),
        _ => ForecastWithModel(train, start, horizon, cancellationToken),
    };

    private static List<ForecastPoint> Bounded(DateOnly lastDay, double[] forecast, List<double> residuals, int horizon)
    {
        // Residuals are log-ratios pooled over the back-test days, i.e. typical of a step about horizon/2 ahead;
        // beyond that they are scaled like a random walk's spread. Not narrowed near the origin: a few weeks of
        // residuals understate the tails already.
        var lower = Math.Min(0, Quantiles.Of(residuals, LowerQuantile));
        var upper = Math.Max(0, Quantiles.Of(residuals, UpperQuantile));
        var points = new List<ForecastPoint>(forecast.Length);
        for (var h = 1; h <= forecast.Length; h++)
        {
            var widen = Math.Max(1.0, Math.Sqrt(h / Math.Max(1.0, horizon / 2.0)));
            var log = Math.Log(1 + forecast[h - 1]);
            points.Add(new ForecastPoint(
                lastDay.AddDays(h),
                forecast[h - 1],
                Math.Max(0, Math.Exp(log + lower * widen) - 1),
                Math.Exp(log + upper * widen) - 1));
        }

        return points;
    }

    private static string Note(string served, bool usedModel, int days, int horizon, int folds, Dictionary<string, double> smape, int imputed)
    {
        var culture = CultureInfo.InvariantCulture;
        var heldOut = folds == 1 ? $"the last {horizon} days" : $"the last {folds * horizon} days ({folds} origins, {horizon} days ahead)";
        var text = !usedModel
            ? $"{days} days of history are too few for the ML model (it needs {MinimumHistoryForModel}); served the better baseline, {served}, on {heldOut} held out."
            : served == ForecastModels.FastTree
                ? string.Create(culture, $"Served the ML model: on {heldOut} held out its sMAPE was {smape[served]:0.000} against {Math.Min(smape[ForecastModels.LastValue], smape[ForecastModels.SeasonalNaive]):0.000} for the best baseline.")
                : string.Create(culture, $"Served the baseline {served}: on {heldOut} held out the ML model (sMAPE {smape[ForecastModels.FastTree]:0.000}) did not beat it ({smape[served]:0.000}).");
        return imputed > 0 ? $"{text} {imputed} missing or recounted days were interpolated." : text;
    }
}
