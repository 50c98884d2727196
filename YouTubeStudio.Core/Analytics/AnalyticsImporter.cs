using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;

namespace YouTubeStudio.Core.Analytics;

internal sealed class AnalyticsImporter(
    IDbContextFactory<AppDbContext> dbFactory,
    IAnalyticsStore store,
    IEventBroadcaster events,
    IOptions<AnalyticsImportOptions> options,
    TimeProvider time) : IAnalyticsImporter
{
    public Task<ImportPreview> PreviewAsync(long channelId, Stream content, string? fileName = null, CancellationToken cancellationToken = default) =>
        RunAsync(channelId, content, fileName, commit: false, cancellationToken);

    public Task<ImportPreview> CommitAsync(long channelId, Stream content, string? fileName = null, CancellationToken cancellationToken = default) =>
        RunAsync(channelId, content, fileName, commit: true, cancellationToken);

    private async Task<ImportPreview> RunAsync(long channelId, Stream content, string? fileName, bool commit, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var channel = await db.Channels.AsNoTracking().Where(c => c.Id == channelId).Select(c => new { c.IsDemo }).FirstOrDefaultAsync(ct);
            if (channel is null)
            {
                return new ImportPreview(channelId, fileName, ParsedImport.Failed(ImportFailure.UnknownChannel, $"Channel {channelId} does not exist."), ImportCounts.None, false);
            }
            if (channel.IsDemo)
            {
                // Real numbers never go into the demo channel, as demo numbers never go into real ones.
                return new ImportPreview(channelId, fileName, ParsedImport.Failed(ImportFailure.DemoChannel, "The demo channel cannot receive imports; choose a real channel."), ImportCounts.None, false);
            }
        }

        var parsed = await AnalyticsCsvParser.ParseAsync(content, options.Value.MaxBytes, ct);
        if (parsed.Failure != ImportFailure.None) return new ImportPreview(channelId, fileName, parsed, ImportCounts.None, false);

        var dryRun = !commit;
        // Videos first: video days refer to them by YouTube id.
        var videos = await store.UpsertChannelVideosAsync(channelId, parsed.Videos, AnalyticsSources.Import, dryRun, ct);
        var channelDays = await store.UpsertChannelDaysAsync(channelId, parsed.ChannelDays, AnalyticsSources.Import, dryRun, ct);
        var videoDays = await store.UpsertVideoDaysAsync(channelId, parsed.VideoDays, AnalyticsSources.Import, dryRun, ct);
        var counts = new ImportCounts(channelDays, videoDays, videos);
        if (commit && counts.Inserted + counts.Updated > 0)
        {
            events.Publish(new AnalyticsRefreshed(time.GetUtcNow(), channelId, counts.Inserted + counts.Updated));
        }
        return new ImportPreview(channelId, fileName, parsed, counts, commit);
    }
}
