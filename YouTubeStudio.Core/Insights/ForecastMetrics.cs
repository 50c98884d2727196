namespace YouTubeStudio.Core.Insights;

/// <summary>Forecast error measures.</summary>
public static class ForecastMetrics
{
    /// <summary>Mean absolute error.</summary>
    public static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        var sum = 0.0;
        for (var i = 0; i < actual.Count; i++)
        {
            sum += Math.Abs(actual[i] - predicted[i]);
        }

        return sum / actual.Count;
    }

    /// <summary>Symmetric MAPE as a fraction in [0, 2]: mean of 2|F−A|/(|F|+|A|), a day where both are zero counting as 0.</summary>
    public static double Smape(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        var sum = 0.0;
        for (var i = 0; i < actual.Count; i++)
        {
            var denominator = Math.Abs(actual[i]) + Math.Abs(predicted[i]);
            sum += denominator == 0 ? 0 : 2 * Math.Abs(predicted[i] - actual[i]) / denominator;
        }

        return sum / actual.Count;
    }

    private static void Check(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count || actual.Count == 0)
        {
            throw new ArgumentException("Actual and predicted must be non-empty and of the same length.");
        }
    }
}
