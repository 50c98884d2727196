using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Costs;

public sealed class CostOptions
{
    public const string SectionName = "Costs";

    /// <summary><c>Costs:ComputeUsdPerCpuHour</c>: what an hour of local CPU costs.</summary>
    [Range(typeof(decimal), "0", "1000", ErrorMessage = "Costs:ComputeUsdPerCpuHour must be between 0 and 1000.")]
    public decimal ComputeUsdPerCpuHour { get; set; } = 0.10m;

    /// <summary><c>Costs:DefaultAlertUsd</c>: budget alert per video for new channels.</summary>
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Costs:DefaultAlertUsd must be zero or more.")]
    public decimal DefaultAlertUsd { get; set; } = 2.50m;

    /// <summary><c>Costs:DefaultCapUsd</c>: hard cap per video for new channels.</summary>
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Costs:DefaultCapUsd must be zero or more.")]
    public decimal DefaultCapUsd { get; set; } = 3.00m;
}
