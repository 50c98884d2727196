using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

public class ForecastFeaturesTests
{
    // Day i has i + 1 views, so every lag and window is easy to check by hand.
    private static readonly double[] Ramp = Enumerable.Range(1, 40).Select(i => (double)i).ToArray();

    private static double Rel(double views, double level) => Math.Log(1 + views) - Math.Log(1 + level);

    private static float Feature(float[] features, string name) => features[Array.IndexOf(ForecastFeatures.Names, name)];

    [Fact]
    public void Names_MatchTheFeatureCount() => Assert.Equal(ForecastFeatures.Count, ForecastFeatures.Names.Length);

    [Fact]
    public void At_ComputesLagsAndRollingWindowsRelativeToTheTrailingMedian()
    {
        const int t = 30; // predicts day 30 (31 views) from days 0..29
        var features = ForecastFeatures.At(Ramp, t, 1, DayOfWeek.Wednesday);
        var level = 16.5; // median of days 2..29 (3..30 views)

        Assert.Equal(Rel(30, level), Feature(features, "lag1"), 5);
        Assert.Equal(Rel(29, level), Feature(features, "lag2"), 5);
        Assert.Equal(Rel(24, level), Feature(features, "lag7"), 5);
        Assert.Equal(Rel(17, level), Feature(features, "lag14"), 5);
        Assert.Equal(Rel(27, level), Feature(features, "mean7"), 5);
        Assert.Equal(Rel(27, level), Feature(features, "median7"), 5);
        Assert.Equal(Rel(16.5, level), Feature(features, "mean28"), 5);
        Assert.Equal(Math.Log(28) - Math.Log(21), Feature(features, "trend"), 5);
    }

    [Fact]
    public void At_UsesTheTargetDaysWeekdayWithMondayAsZero()
    {
        Assert.Equal(0, Feature(ForecastFeatures.At(Ramp, 20, 3, DayOfWeek.Monday), "day_of_week"));
        Assert.Equal(6, Feature(ForecastFeatures.At(Ramp, 20, 3, DayOfWeek.Sunday), "day_of_week"));
        Assert.Equal(3, Feature(ForecastFeatures.At(Ramp, 20, 3, DayOfWeek.Monday), "horizon"));
    }

    [Theory]
    [InlineData(1, 23)]  // day 30 is a week after day 23
    [InlineData(7, 29)]  // day 36 → day 29
    [InlineData(8, 23)]  // day 37 → day 30 is unseen, so two weeks back: day 23
    public void At_SameWeekdayLastWeek_PointsAtTheMatchingObservedDay(int h, int expectedDay)
    {
        var features = ForecastFeatures.At(Ramp, 30, h, DayOfWeek.Monday);

        Assert.Equal(Rel(expectedDay + 1, 16.5), Feature(features, "same_weekday_last_week"), 5);
    }

    [Theory]
    [InlineData(28, 28)]
    [InlineData(29, 22)]
    [InlineData(35, 28)]
    [InlineData(90, 27)]
    public void ModelHorizon_BeyondFourWeeks_KeepsTheWeekday(int h, int expected)
    {
        Assert.Equal(expected, ForecastFeatures.ModelHorizon(h));
        Assert.Equal(h % 7, ForecastFeatures.ModelHorizon(h) % 7);
    }

    [Fact]
    public void At_BeforeTwoWeeksOfHistory_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ForecastFeatures.At(Ramp, ForecastFeatures.MinIndex - 1, 1, DayOfWeek.Monday));
}
