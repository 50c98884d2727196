namespace YouTubeStudio.Core.YouTube;

/// <summary>A reports.query for the authorized channel (<c>ids=channel==MINE</c>); both dates are included.</summary>
/// <param name="Filters">e.g. <c>video==dQw4w9WgXcQ</c>.</param>
/// <param name="Sort">e.g. <c>day</c> or <c>-views</c>.</param>
public sealed record YouTubeReportQuery(
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<string>? Dimensions = null,
    string? Filters = null,
    string? Sort = null,
    int? MaxResults = null);
