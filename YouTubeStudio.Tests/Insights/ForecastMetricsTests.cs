using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

public class ForecastMetricsTests
{
    [Fact]
    public void Mae_IsTheMeanAbsoluteError() => Assert.Equal(2.0, ForecastMetrics.Mae([10, 20], [13, 19]), 10);

    [Fact]
    public void Smape_IsSymmetricAndCountsDaysWhereBothAreZeroAsPerfect()
    {
        // |110-90|*2/200 = 0.2; both zero = 0; 0 vs 5 = 2.
        Assert.Equal((0.2 + 0 + 2) / 3, ForecastMetrics.Smape([90, 0, 0], [110, 0, 5]), 10);
        Assert.Equal(ForecastMetrics.Smape([90], [110]), ForecastMetrics.Smape([110], [90]), 10);
    }

    [Fact]
    public void Metrics_OfMismatchedLengths_AreRejected() =>
        Assert.Throws<ArgumentException>(() => ForecastMetrics.Smape([1, 2], [1]));
}
