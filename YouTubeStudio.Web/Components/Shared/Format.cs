using System.Globalization;

namespace YouTubeStudio.Web.Components.Shared;

/// <summary>How numbers, money and times read on every page (invariant culture, UTC).</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>US dollars with as many decimals as a tiny amount needs: $1.23, $0.0123, $0.000045.</summary>
    public static string Usd(decimal amount)
    {
        var abs = Math.Abs(amount);
        var pattern = abs == 0 ? "0.00" : abs >= 1 ? "#,##0.00" : abs >= 0.01m ? "0.0000" : "0.000000";
        return (amount < 0 ? "-$" : "$") + abs.ToString(pattern, Invariant);
    }

    /// <summary>A video's length as m:ss (h:mm:ss past an hour); an em dash when unknown.</summary>
    public static string Duration(double? seconds)
    {
        if (seconds is not { } s || double.IsNaN(s) || s < 0) return "—";
        var t = TimeSpan.FromSeconds(Math.Round(s));
        return t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", Invariant) : t.ToString(@"m\:ss", Invariant);
    }

    /// <summary>A point in time as yyyy-MM-dd HH:mm in UTC.</summary>
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", Invariant) + " UTC";

    /// <summary>A share as a whole percentage, e.g. 42%.</summary>
    public static string Percent(decimal part, decimal whole) =>
        whole <= 0 ? "—" : (part / whole).ToString("0%", Invariant);

    public static string Count(int n) => n.ToString("#,##0", Invariant);
}
