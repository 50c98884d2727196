namespace YouTubeStudio.Core.Analytics;

/// <summary>A CSV file read into rows: what it is, the valid rows, and the errors of the rows that were left out.</summary>
public sealed record ParsedImport(
    ImportFormat Format,
    int RowCount,
    IReadOnlyList<ChannelDayInput> ChannelDays,
    IReadOnlyList<VideoDayInput> VideoDays,
    IReadOnlyList<ChannelVideoInput> Videos,
    IReadOnlyList<ImportRowError> Errors,
    ImportFailure Failure = ImportFailure.None,
    string? Message = null)
{
    /// <summary>Rows that passed validation (set by the parser; the error list itself is capped).</summary>
    public int ValidRowCount { get; init; }

    public static ParsedImport Failed(ImportFailure failure, string message, ImportFormat format = ImportFormat.Unknown, IReadOnlyList<ImportRowError>? errors = null, int rowCount = 0) =>
        new(format, rowCount, [], [], [], errors ?? [], failure, message);
}
