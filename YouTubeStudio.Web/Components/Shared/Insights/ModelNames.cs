using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Web.Components.Shared.Insights;

/// <summary>What people read for the model names of the forecast and score contracts.</summary>
public static class ModelNames
{
    public static string Label(string model) => model switch
    {
        ForecastModels.FastTree => "ML model (FastTree)",
        ForecastModels.LastValue => "last value",
        ForecastModels.SeasonalNaive => "same weekday last week",
        ContentScorer.ColdStartModel => "cold-start rules",
        "fast_tree_channel" => "this channel's model",
        "fast_tree_global" => "all channels' model",
        _ => model,
    };
}
