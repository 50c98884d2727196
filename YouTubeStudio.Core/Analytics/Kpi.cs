namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// A figure for the period and the same figure for the previous period of equal length.
/// <see cref="ChangeRatio"/> is (value − previous) / |previous| (0.125 = +12.5 %), null when there is no
/// previous value to compare with; <see cref="Delta"/> is value − previous.
/// </summary>
public sealed record Kpi(decimal? Value, decimal? Previous)
{
    public decimal? Delta => Value is { } v && Previous is { } p ? v - p : null;

    public decimal? ChangeRatio => Value is { } v && Previous is { } p && p != 0 ? Math.Round((v - p) / Math.Abs(p), 6) : null;
}
