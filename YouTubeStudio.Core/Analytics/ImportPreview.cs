namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// The answer to an import: the parsed file, and what it writes (<see cref="Committed"/>) or would write
/// (a preview). <see cref="Failure"/> is set when nothing can be imported.
/// </summary>
public sealed record ImportPreview(long ChannelId, string? FileName, ParsedImport Parsed, ImportCounts Counts, bool Committed)
{
    public ImportFormat Format => Parsed.Format;
    public ImportFailure Failure => Parsed.Failure;
    public string? Message => Parsed.Message;
    public bool IsOk => Failure == ImportFailure.None;

    public static string Describe(ImportFormat format) => format switch
    {
        ImportFormat.ChannelDaily => "Channel daily series (this app's CSV format)",
        ImportFormat.VideoList => "Video list (this app's CSV format)",
        ImportFormat.YouTubeChannelChart => "YouTube Studio chart data (channel)",
        ImportFormat.YouTubeVideoChart => "YouTube Studio chart data (per video)",
        ImportFormat.YouTubeVideoTable => "YouTube Studio table data (per video)",
        _ => "Unrecognized",
    };
}
