using YouTubeStudio.Core.Costs;

namespace YouTubeStudio.Tests.Costs;

public sealed class CostLineTests
{
    [Fact]
    public void AmountUsd_OfAFewMillisecondsOfCpu_IsOneMicroDollarNotZero()
    {
        var line = new CostLine("offline-writer", 0.004m, "cpu_seconds", 0.10m / 3600m);

        Assert.Equal(0.000001m, line.AmountUsd);
    }

    [Theory]
    [InlineData("1000", "0.00015", "0.15")]
    [InlineData("1.8", "0.0000278", "0.000051")]
    [InlineData("0", "0.0000278", "0")]
    public void AmountUsd_IsUnitsTimesPriceRoundedUpToTheMicroDollar(string units, string price, string expected)
    {
        var line = new CostLine("p", decimal.Parse(units, System.Globalization.CultureInfo.InvariantCulture), "u", decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.AmountUsd);
    }
}
