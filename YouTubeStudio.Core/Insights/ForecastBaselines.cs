namespace YouTubeStudio.Core.Insights;

/// <summary>The naive forecasts every model has to beat.</summary>
public static class ForecastBaselines
{
    /// <summary>The last observed value, repeated.</summary>
    public static double[] LastValue(IReadOnlyList<double> history, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfZero(history.Count, nameof(history));
        return Enumerable.Repeat(history[^1], horizon).ToArray();
    }

    /// <summary>Same weekday in the last observed week; falls back to the last value when there is less than a week.</summary>
    public static double[] SeasonalNaive(IReadOnlyList<double> history, int horizon, int period = 7)
    {
        ArgumentOutOfRangeException.ThrowIfZero(history.Count, nameof(history));
        if (history.Count < period)
        {
            return LastValue(history, horizon);
        }

        var result = new double[horizon];
        for (var h = 1; h <= horizon; h++)
        {
            // Step back whole periods until the day lies inside the history.
            var back = period * (int)Math.Ceiling(h / (double)period);
            result[h - 1] = history[history.Count - 1 + h - back];
        }

        return result;
    }
}
