namespace YouTubeStudio.Core.Insights;

/// <summary>
/// Everything a trained content model needs besides its ML.NET transformer, stored beside it as JSON.
/// <see cref="Scope"/> is "channel" (one channel's own videos) or "global" (videos of several channels).
/// </summary>
public sealed record ContentModelMetadata(
    int FormatVersion,
    string Scope,
    DateTimeOffset TrainedAt,
    ContentModelMetrics Metrics,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<float> FeatureMedians,
    IReadOnlyList<double> PredictionPercentiles,
    ContentBestVideos? BestVideos);
