using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

public class RankCorrelationTests
{
    [Fact]
    public void Spearman_MatchesTheTextbookExample()
    {
        // IQ against hours of TV a week (Wikipedia's worked example): rho = -29/165.
        double[] iq = [106, 86, 100, 101, 99, 103, 97, 113, 112, 110];
        double[] tv = [7, 0, 27, 50, 28, 29, 20, 12, 6, 17];

        Assert.Equal(-29.0 / 165, RankCorrelation.Spearman(iq, tv), 10);
    }

    [Fact]
    public void Spearman_GivesTiesTheirAverageRank()
    {
        // y ranks are 1, 2, 3.5, 5, 3.5: Pearson with 1..5 is 8 / sqrt(10 * 9.5).
        Assert.Equal(8 / Math.Sqrt(95), RankCorrelation.Spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]), 10);
    }

    [Fact]
    public void Spearman_OfMonotoneTransforms_IsOneOrMinusOne()
    {
        double[] x = [0.1, 5, 2, 9, 3];
        Assert.Equal(1, RankCorrelation.Spearman(x, x.Select(v => Math.Exp(v)).ToArray()), 10);
        Assert.Equal(-1, RankCorrelation.Spearman(x, x.Select(v => -v * v).ToArray()), 10);
    }

    [Fact]
    public void Spearman_OfAConstantSide_IsNaN() => Assert.True(double.IsNaN(RankCorrelation.Spearman([1, 2, 3], [4, 4, 4])));
}
