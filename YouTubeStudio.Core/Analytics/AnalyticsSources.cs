namespace YouTubeStudio.Core.Analytics;

/// <summary>The <c>source</c> of analytics rows.</summary>
public static class AnalyticsSources
{
    public const string YouTube = "youtube";
    public const string Import = "import";
    public const string Demo = "demo";
}
