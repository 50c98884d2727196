namespace YouTubeStudio.Core.Insights;

/// <summary>
/// Direct multi-step features: the day h steps after origin t, from the days before t. Everything is a log-ratio to the trailing level
/// (median of up to 28 days) so that big and small channels, and a channel before and after it grew, share a model.
/// </summary>
internal static class ForecastFeatures
{
    /// <summary>First index that has two weeks behind it (lag 14).</summary>
    public const int MinIndex = 14;

    public const int LevelWindow = 28;

    public static readonly string[] Names =
    [
        "lag1", "lag2", "lag7", "lag14", "mean7", "median7", "mean28", "trend",
        "horizon", "day_of_week", "same_weekday_last_week", "same_weekday_mean4",
    ];

    public const int Count = 12;

    /// <summary>Longest horizon the model is trained on; later days reuse the step of the same weekday in the last trained week.</summary>
    public const int MaxHorizon = 28;

    /// <summary>log1p of the trailing median of up to 28 days before <paramref name="t"/>.</summary>
    public static double LogLevel(IReadOnlyList<double> v, int t)
    {
        var window = Math.Min(LevelWindow, t);
        return Math.Log(1 + Median(v, t - window, t));
    }

    /// <summary>The horizon fed to the model: itself up to <see cref="MaxHorizon"/>, then a step of the last trained week on the same weekday.</summary>
    public static int ModelHorizon(int h) => h <= MaxHorizon ? h : MaxHorizon - 7 + ((h - 1) % 7) + 1;

    /// <summary>
    /// Features for predicting the day <paramref name="h"/> steps after the origin <paramref name="t"/> (day t+h−1),
    /// reading only days before t. <paramref name="targetDay"/> is the weekday of the predicted day.
    /// </summary>
    public static float[] At(IReadOnlyList<double> v, int t, int h, DayOfWeek targetDay)
    {
        if (t < MinIndex || t > v.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(t));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(h, 1);
        var level = LogLevel(v, t);
        double Rel(double x) => Math.Log(1 + Math.Max(0, x)) - level;

        var window28 = Math.Min(LevelWindow, t);
        var step = ModelHorizon(h);
        // The same weekday as the target in the last observed week, and its mean over up to four weeks.
        var sameWeekday = t - 1 + step - 7 * (int)Math.Ceiling(step / 7.0);
        var profile = 0.0;
        var profileCount = 0;
        for (var i = sameWeekday; i >= t - window28; i -= 7)
        {
            profile += v[i];
            profileCount++;
        }

        var recent = Mean(v, t - 7, t);
        var before = Mean(v, t - 14, t - 7);
        return
        [
            (float)Rel(v[t - 1]),
            (float)Rel(v[t - 2]),
            (float)Rel(v[t - 7]),
            (float)Rel(v[t - 14]),
            (float)Rel(recent),
            (float)Rel(Median(v, t - 7, t)),
            (float)Rel(Mean(v, t - window28, t)),
            (float)(Math.Log(1 + recent) - Math.Log(1 + before)),
            step,
            // Monday = 0 so the split points read naturally; trees need no one-hot encoding.
            (float)(((int)targetDay + 6) % 7),
            (float)Rel(v[sameWeekday]),
            (float)Rel(profile / profileCount),
        ];
    }

    /// <summary>The training label: day t+h−1 as a log-ratio to the level at origin t.</summary>
    public static float Label(IReadOnlyList<double> v, int t, int h) => (float)(Math.Log(1 + Math.Max(0, v[t + h - 1])) - LogLevel(v, t));

    /// <summary>Turns a predicted log-ratio back into views.</summary>
    public static double ToViews(IReadOnlyList<double> v, int t, double logRatio) => Math.Max(0, Math.Exp(LogLevel(v, t) + logRatio) - 1);

    internal static double Mean(IReadOnlyList<double> v, int from, int to)
    {
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            sum += v[i];
        }

        return sum / (to - from);
    }

    internal static double Median(IReadOnlyList<double> v, int from, int to)
    {
        var buffer = new double[to - from];
        for (var i = from; i < to; i++)
        {
            buffer[i - from] = v[i];
        }

        Array.Sort(buffer);
        var mid = buffer.Length / 2;
        return buffer.Length % 2 == 1 ? buffer[mid] : (buffer[mid - 1] + buffer[mid]) / 2;
    }
}
