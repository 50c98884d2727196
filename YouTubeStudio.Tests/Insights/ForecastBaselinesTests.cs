using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

public class ForecastBaselinesTests
{
    private static readonly double[] TwoWeeks = [1, 2, 3, 4, 5, 6, 7, 10, 20, 30, 40, 50, 60, 70];

    [Fact]
    public void LastValue_RepeatsTheLastDay() => Assert.Equal([70, 70, 70], ForecastBaselines.LastValue(TwoWeeks, 3));

    [Fact]
    public void SeasonalNaive_RepeatsTheLastObservedWeek() =>
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 10, 20], ForecastBaselines.SeasonalNaive(TwoWeeks, 9));

    [Fact]
    public void SeasonalNaive_WithLessThanAWeek_FallsBackToTheLastValue() =>
        Assert.Equal([3, 3], ForecastBaselines.SeasonalNaive([1, 2, 3], 2));

    [Fact]
    public void Baselines_OfAnEmptyHistory_AreRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ForecastBaselines.LastValue([], 1));
}
