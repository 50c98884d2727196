namespace YouTubeStudio.Core.Insights;

/// <summary>ML.NET output row of the content model.</summary>
internal sealed class ContentPrediction
{
    public float Score { get; set; }
}
