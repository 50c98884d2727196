using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Analytics;

public sealed class AnalyticsImportOptions
{
    public const string SectionName = "Analytics:Import";

    /// <summary>Largest CSV file accepted, in bytes (default 5 MB).</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;
}
