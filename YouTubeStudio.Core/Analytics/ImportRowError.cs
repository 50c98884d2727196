namespace YouTubeStudio.Core.Analytics;

/// <summary>A problem with one row of an import: the file's line number (the header is line 1), the column, and what is wrong.</summary>
public sealed record ImportRowError(int Line, string? Column, string Message);
