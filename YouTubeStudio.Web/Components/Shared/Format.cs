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

    /// <summary>A share as a percentage with the decimals a small share needs: 42%, 2.5%, 0.03%, &lt;0.01%.</summary>
    public static string Percent(decimal part, decimal whole)
    {
        if (whole <= 0) return "—";
        var share = part / whole;
        var abs = Math.Abs(share);
        if (abs > 0 && abs < 0.0001m) return "<0.01%";
        var pattern = abs == 0 || abs >= 0.1m ? "0%" : abs >= 0.01m ? "0.0%" : "0.00%";
        return share.ToString(pattern, Invariant);
    }

    public static string Count(int n) => n.ToString("#,##0", Invariant);
}
