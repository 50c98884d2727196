using System.Globalization;
using YouTubeStudio.Core.Analytics;

namespace YouTubeStudio.Web.Components.Shared.Analytics;

/// <summary>How analytics figures read on screen (invariant culture, so every browser shows the same).</summary>
public static class AnalyticsFormat
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Count(decimal? value) => value is { } v ? v.ToString("#,0", Culture) : "—";
    public static string Count(long value) => value.ToString("#,0", Culture);
    public static string Signed(long value) => (value > 0 ? "+" : "") + value.ToString("#,0", Culture);
    public static string Hours(decimal? value) => value is { } v ? v.ToString("#,0.0", Culture) : "—";
    public static string Hours(double value) => value.ToString("#,0.0", Culture);
    /// <summary>Cents above a dollar; sub-dollar generation costs keep four places so they do not read as $0.00.</summary>
    public static string Usd(decimal? value) => value is { } v ? (v < 0 ? "-$" : "$") + Math.Abs(v).ToString(Math.Abs(v) < 1 ? "#,0.00##" : "#,0.00", Culture) : "—";
    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100).ToString(Math.Abs(r) >= 10 ? "#,0" : "#,0.#", Culture) + " %" : "—";
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Culture);
    public static string Short(DateOnly date) => date.ToString("MMM d", Culture);

    public static string Duration(double? seconds)
    {
        if (seconds is not { } s) return "—";
        var t = TimeSpan.FromSeconds(Math.Round(s));
        return t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", Culture) : t.ToString(@"m\:ss", Culture);
    }

    /// <summary>"+12.5 %" against the previous period; for ROI the change in percentage points.</summary>
    public static string Change(Kpi kpi, bool points = false)
    {
        if (points)
        {
            return kpi.Delta is { } d ? (d >= 0 ? "+" : "") + (d * 100).ToString(Math.Abs(d) >= 10 ? "#,0" : "#,0.#", Culture) + " pts" : "—";
        }
        return kpi.ChangeRatio is { } r ? (r >= 0 ? "+" : "") + (r * 100).ToString("#,0.#", Culture) + " %" : kpi.Previous is 0 && kpi.Value is > 0 ? "new" : "—";
    }

    /// <summary>Axis labels for a daily series: a label about every <c>count / 8</c> days, blank in between.</summary>
    public static string[] AxisLabels(IReadOnlyList<DateOnly> dates)
    {
        var step = Math.Max(1, (int)Math.Ceiling(dates.Count / 8.0));
        return [.. dates.Select((d, i) => i % step == 0 ? Short(d) : "")];
    }
}
