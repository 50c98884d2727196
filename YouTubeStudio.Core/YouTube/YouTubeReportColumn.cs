namespace YouTubeStudio.Core.YouTube;

/// <summary>A column header of a report: <c>DIMENSION</c> or <c>METRIC</c>, of data type <c>STRING</c>, <c>INTEGER</c>, <c>FLOAT</c>...</summary>
public sealed record YouTubeReportColumn(string Name, string ColumnType, string DataType);
