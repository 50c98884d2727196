using YouTubeStudio.Core.Analytics;

namespace YouTubeStudio.Web.Api.V1;

/// <summary>An import's preview or committed summary. Rows are listed up to <see cref="MaxRows"/> per kind; the counts cover all.</summary>
public sealed record ImportPreviewDto(
    long ChannelId,
    string? FileName,
    string Format,
    string FormatName,
    bool Committed,
    int Rows,
    int ValidRows,
    int ErrorCount,
    ImportCountsDto WouldWrite,
    IReadOnlyList<ImportRowError> Errors,
    IReadOnlyList<ChannelDayInput> ChannelDays,
    IReadOnlyList<VideoDayInput> VideoDays,
    IReadOnlyList<ChannelVideoInput> Videos,
    string? Message)
{
    public const int MaxRows = 200;

    public static ImportPreviewDto From(ImportPreview p) => new(
        p.ChannelId,
        p.FileName,
        Wire(p.Format),
        ImportPreview.Describe(p.Format),
        p.Committed,
        p.Parsed.RowCount,
        p.Parsed.ValidRowCount,
        p.Parsed.Errors.Count,
        ImportCountsDto.From(p.Counts),
        p.Parsed.Errors,
        [.. p.Parsed.ChannelDays.Take(MaxRows)],
        [.. p.Parsed.VideoDays.Take(MaxRows)],
        [.. p.Parsed.Videos.Take(MaxRows)],
        p.Message);

    public static string Wire(ImportFormat format) => format switch
    {
        ImportFormat.ChannelDaily => "channel_daily",
        ImportFormat.VideoList => "video_list",
        ImportFormat.YouTubeChannelChart => "youtube_channel_chart",
        ImportFormat.YouTubeVideoChart => "youtube_video_chart",
        ImportFormat.YouTubeVideoTable => "youtube_video_table",
        _ => "unknown",
    };
}

/// <summary>Rows inserted, updated, unchanged and skipped, in total and per table.</summary>
public sealed record ImportCountsDto(int Inserted, int Updated, int Unchanged, int Skipped, UpsertCounts ChannelDays, UpsertCounts VideoDays, UpsertCounts Videos)
{
    public static ImportCountsDto From(ImportCounts c) => new(c.Inserted, c.Updated, c.Unchanged, c.Skipped, c.ChannelDays, c.VideoDays, c.Videos);
}
