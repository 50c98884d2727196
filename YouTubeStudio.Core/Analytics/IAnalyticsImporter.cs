namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// Imports CSV files into a channel's analytics: YouTube Studio's "Chart data" and "Table data"
/// exports and our own channel-daily and video-list formats, recognised from the header. Bad input never
/// throws: row problems come back as <see cref="ImportRowError"/>s, file problems as an <see cref="ImportFailure"/>.
/// </summary>
public interface IAnalyticsImporter
{
    /// <summary>Parses the file and counts what a commit would insert and update; writes nothing.</summary>
    Task<ImportPreview> PreviewAsync(long channelId, Stream content, string? fileName = null, CancellationToken cancellationToken = default);

    /// <summary>Writes the valid rows (idempotent: the same file twice changes nothing the second time) and publishes AnalyticsRefreshed.</summary>
    Task<ImportPreview> CommitAsync(long channelId, Stream content, string? fileName = null, CancellationToken cancellationToken = default);
}
