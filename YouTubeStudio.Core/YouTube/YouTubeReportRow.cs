using System.Globalization;

namespace YouTubeStudio.Core.YouTube;

/// <summary>One row of a report, by column name: strings stay strings, INTEGER becomes long, FLOAT becomes decimal.</summary>
public sealed record YouTubeReportRow(IReadOnlyDictionary<string, object?> Values)
{
    public string? GetString(string column) => Values.GetValueOrDefault(column) switch
    {
        null => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString(),
    };

    /// <summary>The value as a whole number; 0 when the column is absent or empty.</summary>
    public long GetInt64(string column) => Values.GetValueOrDefault(column) switch
    {
        null => 0,
        long l => l,
        decimal d => (long)Math.Round(d),
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
    };

    /// <summary>The value as a decimal; 0 when the column is absent or empty.</summary>
    public decimal GetDecimal(string column) => Values.GetValueOrDefault(column) switch
    {
        null => 0m,
        decimal d => d,
        var v => Convert.ToDecimal(v, CultureInfo.InvariantCulture),
    };
}
