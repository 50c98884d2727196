namespace YouTubeStudio.Web.Components.Shared;

/// <summary>
/// MudBlazor's axis ticks are whole numbers, and a video costs fractions of a cent. Money is charted
/// multiplied by <see cref="Factor"/> (a power of ten that lifts the largest amount to at least 10)
/// and the axis labels divide it back, so a chart of $0.00004 amounts has readable ticks.
/// </summary>
public sealed record ChartScale(double Factor, int Ticks)
{
    public static ChartScale For(IEnumerable<decimal> amounts)
    {
        var max = (double)amounts.DefaultIfEmpty(0m).Max();
        var factor = 1.0;
        while (max > 0 && max * factor < 10 && factor < 1e9) factor *= 10;
        var scaledMax = Math.Max(max * factor, 1);
        return new ChartScale(factor, NiceStep(scaledMax / 4));
    }

    public double[] Apply(IEnumerable<decimal> amounts) => amounts.Select(a => (double)a * Factor).ToArray();

    public string Label(double scaled) => Format.Usd((decimal)(scaled / Factor));

    /// <summary>1, 2 or 5 times a power of ten, at least 1.</summary>
    public static int NiceStep(double raw)
    {
        if (raw <= 1) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalized = raw / magnitude;
        double nice = normalized switch { <= 1 => 1, <= 2 => 2, <= 5 => 5, _ => 10 };
        return (int)Math.Max(1, Math.Round(nice * magnitude));
    }
}
