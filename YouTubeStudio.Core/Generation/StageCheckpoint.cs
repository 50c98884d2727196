namespace YouTubeStudio.Core.Generation;

/// <summary>
/// A finished stage of a video: written after the stage's artifact, so a retry resumes at the first
/// stage without one and never pays twice. Its CPU seconds feed the next estimates.
/// </summary>
public class StageCheckpoint
{
    public long Id { get; set; }
    public long VideoId { get; set; }
    public string Stage { get; set; } = "";
    public string OutputJson { get; set; } = "{}";
    public double CpuSeconds { get; set; }
    public double WallSeconds { get; set; }
    public decimal CostUsd { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}
