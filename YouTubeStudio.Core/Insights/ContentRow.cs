using Microsoft.ML.Data;

namespace YouTubeStudio.Core.Insights;

/// <summary>ML.NET input row of the content model.</summary>
internal sealed class ContentRow
{
    [VectorType(ContentFeatures.Count)]
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}
