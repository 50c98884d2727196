using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

public class DailySeriesTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public void Regularize_WhenDaysAreMissing_ReindexesAndInterpolates()
    {
        var series = DailySeries.Regularize([new(Day, 100), new(Day.AddDays(3), 400)]);

        Assert.Equal(Day, series.Start);
        Assert.Equal([100, 200, 300, 400], series.Values);
        Assert.Equal([false, true, true, false], series.Imputed);
    }

    [Fact]
    public void Regularize_WhenAViewRecountMakesADayNegative_TreatsItAsMissing()
    {
        var series = DailySeries.Regularize([new(Day, 100), new(Day.AddDays(1), -5000), new(Day.AddDays(2), 300)]);

        Assert.Equal([100, 200, 300], series.Values);
        Assert.Equal(1, series.ImputedCount);
    }

    [Fact]
    public void Regularize_DropsLeadingBadDaysCarriesTheLastGoodDayForwardAndKeepsTheLastDuplicate()
    {
        var series = DailySeries.Regularize(
        [
            new(Day.AddDays(2), 30), new(Day, -1), new(Day.AddDays(1), 10), new(Day.AddDays(2), 20), new(Day.AddDays(3), double.NaN),
        ]);

        Assert.Equal(Day.AddDays(1), series.Start);
        Assert.Equal([10, 20, 20], series.Values);
        Assert.Equal([false, false, true], series.Imputed);
        Assert.Equal(Day.AddDays(3), series.End);
    }

    [Fact]
    public void Regularize_WhenNothingIsUsable_IsEmpty()
    {
        Assert.Equal(0, DailySeries.Regularize([new(Day, -3)]).Length);
        Assert.Equal(0, DailySeries.Regularize([]).Length);
    }

    [Fact]
    public void Forecast_StartsTheDayAfterTheCallersLastDayEvenWhenItWasARecount()
    {
        var history = Enumerable.Range(0, 20).Select(i => new DailyViews(Day.AddDays(i), i == 19 ? -500 : 100)).ToList();

        var result = new TrendForecaster().Forecast(history, 3);

        Assert.Equal(Day.AddDays(20), result.Forecast[0].Date);
    }

    [Fact]
    public void FromCumulative_SpreadsAGapEvenlyAndKeepsRecountsNegative()
    {
        var daily = DailySeries.FromCumulative([(Day, 1000), (Day.AddDays(1), 1100), (Day.AddDays(4), 1400), (Day.AddDays(5), 1350)]);

        Assert.Equal(
            [new(Day.AddDays(1), 100), new(Day.AddDays(2), 100), new(Day.AddDays(3), 100), new(Day.AddDays(4), 100), new DailyViews(Day.AddDays(5), -50)],
            daily);
    }
}
