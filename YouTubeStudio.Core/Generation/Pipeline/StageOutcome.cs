using YouTubeStudio.Core.Costs;

namespace YouTubeStudio.Core.Generation.Pipeline;

/// <summary>
/// What a finished stage reports: its checkpoint output (JSON), the priced cost lines, the CPU it used,
/// and anything it learned about the video (title, description, tags, duration).
/// </summary>
public sealed record StageOutcome(string OutputJson, IReadOnlyList<CostLine> Costs, double CpuSeconds, double WallSeconds)
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public double? DurationSeconds { get; init; }
    public int? ContentScore { get; init; }
}
