namespace YouTubeStudio.Core.Insights;

/// <summary>Wire names of the forecast models (DESIGN §10).</summary>
public static class ForecastModels
{
    public const string FastTree = "fast_tree";
    public const string LastValue = "last_value";
    public const string SeasonalNaive = "seasonal_naive";
}
