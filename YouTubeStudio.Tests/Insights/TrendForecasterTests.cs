using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

public class TrendForecasterTests
{
    private readonly TrendForecaster _forecaster = new();

    [Fact]
    public void ForecastWithModel_OnAWeeklyPattern_RecoversTheWeeklyShapeAndBeatsLastValue()
    {
        var all = SyntheticSeries.Weekly(210, 1000, 0.05, seed: 1);
        var history = all[..182];
        var truth = all[182..];

        var forecast = TrendForecaster.ForecastWithModel(history, SyntheticSeries.Start, 28);

        // The forecast's weekday profile follows the true multipliers.
        var profile = Enumerable.Range(0, 7)
            .Select(d => Enumerable.Range(0, 28).Where(h => ((int)SyntheticSeries.Start.AddDays(182 + h).DayOfWeek + 6) % 7 == d).Average(h => forecast[h]))
            .ToArray();
        Assert.True(Pearson(profile, SyntheticSeries.WeeklyShape) > 0.95, $"weekday profile {string.Join(", ", profile.Select(p => p.ToString("0")))}");
        Assert.True(profile[5] < 0.7 * profile[1], "the weekend dip is forecast");
        Assert.True(ForecastMetrics.Smape(truth, forecast) < ForecastMetrics.Smape(truth, ForecastBaselines.LastValue(history, 28)));
    }

    [Fact]
    public void Forecast_OnAWeeklyPattern_ServesAModelThatBeatsLastValueInItsBacktest()
    {
        var history = SyntheticSeries.AsHistory(SyntheticSeries.Weekly(200, 500, 0.1, seed: 2));

        var result = _forecaster.Forecast(history, 14);

        Assert.NotEqual(ForecastModels.LastValue, result.Model);
        Assert.NotNull(result.Backtest);
        Assert.True(result.Backtest.ModelSmape < result.Backtest.Baselines[ForecastModels.LastValue]);
        Assert.Equal(14, result.Forecast.Count);
        Assert.Equal(SyntheticSeries.Start.AddDays(200), result.Forecast[0].Date);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Forecast_OnARandomWalk_ServesABaselineOrAModelThatHonestlyWon(int seed)
    {
        var history = SyntheticSeries.AsHistory(SyntheticSeries.RandomWalk(300, 2000, 0.1, seed));

        var result = _forecaster.Forecast(history, 28);

        var backtest = result.Backtest!;
        var bestBaseline = backtest.Baselines.Values.Min();
        // Nothing to learn in a random walk: serving the ML model is only allowed if it really won the back-test.
        Assert.True(result.Model != ForecastModels.FastTree || backtest.ModelSmape < bestBaseline, result.Note);
        Assert.Equal(backtest.ModelSmape, result.Model == ForecastModels.FastTree ? backtest.MlSmape!.Value : backtest.Baselines[result.Model], 10);
    }

    [Fact]
    public void Forecast_OnRandomWalks_MostlyServesABaseline()
    {
        var served = Enumerable.Range(10, 6)
            .Select(seed => _forecaster.Forecast(SyntheticSeries.AsHistory(SyntheticSeries.RandomWalk(300, 2000, 0.1, seed)), 28).Model)
            .ToList();

        Assert.True(served.Count(m => m != ForecastModels.FastTree) >= 4, string.Join(", ", served));
    }

    [Fact]
    public void Forecast_BoundsContainTheTruthMostOfTheTime()
    {
        var inside = 0;
        var total = 0;
        foreach (var seed in Enumerable.Range(20, 5))
        {
            var all = SyntheticSeries.Weekly(228, 800, 0.25, seed);
            var result = _forecaster.Forecast(SyntheticSeries.AsHistory(all[..200]), 28);
            foreach (var (point, actual) in result.Forecast.Zip(all[200..]))
            {
                Assert.InRange(point.Views, point.Lower, point.Upper);
                Assert.True(point.Lower >= 0);
                inside += actual >= point.Lower && actual <= point.Upper ? 1 : 0;
                total++;
            }
        }

        // Nominal 80 %; a band built from a few weeks of residuals may be a little narrow, but not much.
        Assert.InRange((double)inside / total, 0.65, 1.0);
    }

    [Fact]
    public void Forecast_BoundsWidenWithTheHorizon()
    {
        var result = _forecaster.Forecast(SyntheticSeries.AsHistory(SyntheticSeries.Weekly(200, 800, 0.25, 30)), 90);

        double Width(ForecastPoint p) => Math.Log(1 + p.Upper) - Math.Log(1 + p.Lower);
        Assert.True(Width(result.Forecast[89]) > Width(result.Forecast[0]));
    }

    [Fact]
    public void Forecast_WithMissingDaysAndRecounts_StillForecastsFiniteViews()
    {
        var history = SyntheticSeries.AsHistory(SyntheticSeries.Weekly(120, 300, 0.1, 40))
            .Where((_, i) => i % 11 != 5)
            .Select((d, i) => i % 17 == 3 ? d with { Views = -4000 } : d)
            .ToList();

        var result = _forecaster.Forecast(history, 30);

        Assert.All(result.Forecast, p => Assert.True(double.IsFinite(p.Views) && p.Views >= 0 && double.IsFinite(p.Upper)));
        Assert.Contains("interpolated", result.Note);
    }

    [Fact]
    public void Forecast_WithTooLittleHistory_ServesABaselineAndSaysWhy()
    {
        var result = _forecaster.Forecast(SyntheticSeries.AsHistory(SyntheticSeries.Weekly(15, 100, 0.1, 50)), 7);

        Assert.NotEqual(ForecastModels.FastTree, result.Model);
        Assert.Null(result.Backtest!.MlSmape);
        Assert.Contains("too few", result.Note);
        Assert.Equal(7, result.Forecast.Count);
    }

    [Fact]
    public void Forecast_OfADormantChannel_ForecastsZeroWithoutNaN()
    {
        var result = _forecaster.Forecast(SyntheticSeries.AsHistory(new double[100]), 14);

        Assert.All(result.Forecast, p => Assert.Equal(0, p.Views, 6));
        Assert.All(result.Forecast, p => Assert.True(p.Lower == 0 && double.IsFinite(p.Upper)));
        Assert.Equal(0, result.Backtest!.ModelSmape);
    }

    [Fact]
    public void Forecast_WithOneDay_RepeatsItWithoutABacktest()
    {
        var result = _forecaster.Forecast([new(SyntheticSeries.Start, 42)], 3);

        Assert.Equal(ForecastModels.LastValue, result.Model);
        Assert.Null(result.Backtest);
        Assert.All(result.Forecast, p => Assert.Equal(42, p.Views));
    }

    [Fact]
    public void Forecast_WithNoUsableHistory_ThrowsInsufficientHistory()
    {
        Assert.Throws<InsufficientHistoryException>(() => _forecaster.Forecast([], 7));
        Assert.Throws<InsufficientHistoryException>(() => _forecaster.Forecast([new(SyntheticSeries.Start, -10)], 7));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(91)]
    public void Forecast_WithForecastDaysOutOfRange_IsRejected(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _forecaster.Forecast(SyntheticSeries.AsHistory([1, 2, 3]), days));

    private static double Pearson(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        var sxy = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return sxy / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
