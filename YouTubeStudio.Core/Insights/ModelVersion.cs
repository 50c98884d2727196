namespace YouTubeStudio.Core.Insights;

/// <summary>A trained model kept with its evaluation, so the Insights page can show and compare versions.</summary>
public class ModelVersion
{
    public long Id { get; set; }
    /// <summary>Null for the installation-wide (cold-start) model.</summary>
    public long? ChannelId { get; set; }
    public string Kind { get; set; } = "content_score";
    public int Version { get; set; }
    public DateTimeOffset TrainedAt { get; set; }
    public int SampleCount { get; set; }
    public string MetricsJson { get; set; } = "{}";
    public byte[] ModelBytes { get; set; } = [];
    public bool IsActive { get; set; }
}
