using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

/// <summary>Seeded synthetic daily series for the forecaster tests.</summary>
internal static class SyntheticSeries
{
    public static readonly DateOnly Start = new(2025, 1, 6); // a Monday

    /// <summary>Weekday multipliers, Monday first: a strong weekend dip.</summary>
    public static readonly double[] WeeklyShape = [1.2, 1.3, 1.25, 1.1, 1.0, 0.5, 0.45];

    public static double[] Weekly(int days, double level, double noise, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, days)
            .Select(i => level * WeeklyShape[((int)Start.AddDays(i).DayOfWeek + 6) % 7] * Math.Exp(noise * Gaussian(random)))
            .ToArray();
    }

    public static double[] RandomWalk(int days, double level, double step, int seed)
    {
        var random = new Random(seed);
        var log = Math.Log(level);
        var values = new double[days];
        for (var i = 0; i < days; i++)
        {
            log += step * Gaussian(random);
            values[i] = Math.Exp(log);
        }

        return values;
    }

    public static List<DailyViews> AsHistory(IEnumerable<double> values) =>
        values.Select((v, i) => new DailyViews(Start.AddDays(i), v)).ToList();

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
