using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Analytics;

public sealed class AnalyticsPullOptions
{
    public const string SectionName = "Analytics";

    /// <summary><c>Analytics:BackfillDays</c>: days pulled on a channel's first pull.</summary>
    [Range(1, 3650, ErrorMessage = "Analytics:BackfillDays must be between 1 and 3650.")]
    public int BackfillDays { get; set; } = 365;

    /// <summary>Days re-read before the last stored day, because YouTube revises recent figures.</summary>
    [Range(0, 30)]
    public int RevisitDays { get; set; } = 3;

    /// <summary>How many of the period's top videos get per-video daily rows.</summary>
    [Range(0, 200)]
    public int TopVideos { get; set; } = 25;

    /// <summary><c>Analytics:PullCron</c>: when every connected channel is pulled (Quartz cron, UTC).</summary>
    [Required]
    public string PullCron { get; set; } = "0 15 4 * * ?";
}
