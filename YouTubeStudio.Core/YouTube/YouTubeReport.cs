namespace YouTubeStudio.Core.YouTube;

/// <summary>A reports.query result table. An empty report (Google omits <c>rows</c>) has no rows.</summary>
public sealed record YouTubeReport(IReadOnlyList<YouTubeReportColumn> Columns, IReadOnlyList<YouTubeReportRow> Rows);
