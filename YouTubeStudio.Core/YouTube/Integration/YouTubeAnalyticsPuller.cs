using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Observability;
using YouTubeStudio.Core.YouTube.Storage;

namespace YouTubeStudio.Core.YouTube.Integration;

internal sealed partial class YouTubeAnalyticsPuller(
    IDbContextFactory<AppDbContext> dbFactory,
    IYouTubeClientFactory clients,
    IAnalyticsStore store,
    IYouTubeChannelLink link,
    IEventBroadcaster events,
    StudioMetrics metrics,
    IOptions<AnalyticsPullOptions> options,
    TimeProvider time,
    ILogger<YouTubeAnalyticsPuller> logger) : IYouTubeAnalyticsPuller
{
    public async Task<IReadOnlyList<long>> ConnectedChannelsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.YouTubeCredentials.AsNoTracking().Where(c => !c.NeedsReconnect).Select(c => c.ChannelId).ToListAsync(cancellationToken);
    }

    public async Task<AnalyticsPullResult> PullAsync(long channelId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await PullCoreAsync(channelId, cancellationToken);
            metrics.AnalyticsPulled("ok");
            return result;
        }
        catch (YouTubeAuthException ex) when (ex.NeedsReconnect)
        {
            await link.MarkNeedsReconnectAsync(channelId, ex.Message, CancellationToken.None);
            metrics.AnalyticsPulled("reconnect");
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.AnalyticsPulled(ex is YouTubeQuotaExceededException ? "quota" : "failed");
            throw;
        }
    }

    private async Task<AnalyticsPullResult> PullCoreAsync(long channelId, CancellationToken ct)
    {
        DateOnly? lastStored;
        string? uploadsPlaylist;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var channel = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct)
                ?? throw new InvalidOperationException($"Channel {channelId} does not exist.");
            uploadsPlaylist = channel.UploadsPlaylistId;
            lastStored = await db.ChannelAnalytics.AsNoTracking().Where(a => a.ChannelId == channelId && a.Source == AnalyticsSources.YouTube)
                .MaxAsync(a => (DateOnly?)a.Date, ct);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var to = today.AddDays(-1);
        var from = lastStored is { } last ? last.AddDays(-options.Value.RevisitDays) : today.AddDays(-options.Value.BackfillDays);
        if (from > to) from = to;

        using var client = await clients.CreateAsync(ChannelKeys.For(channelId), ct);
        var daily = await client.GetChannelDailyMetricsAsync(from, to, ct);
        var channelDays = await store.UpsertChannelDaysAsync(channelId, daily.Select(d => new ChannelDayInput(
            d.Day, d.Views, d.EstimatedMinutesWatched, d.AverageViewDurationSeconds, d.SubscribersGained, d.SubscribersLost,
            d.Likes, d.Comments, d.Shares, d.EstimatedRevenue)).ToList(), AnalyticsSources.YouTube, cancellationToken: ct);

        var videoCount = 0;
        if (uploadsPlaylist is not null)
        {
            var ids = await client.GetPlaylistVideoIdsAsync(uploadsPlaylist, ct);
            var videos = ids.Count == 0 ? [] : await client.GetVideosAsync(ids.ToList(), ct);
            var upserted = await store.UpsertChannelVideosAsync(channelId, videos.Select(v => new ChannelVideoInput(
                v.Id, v.Title, v.Description, v.Tags, v.CategoryId, v.PublishedAt, v.DurationSeconds, v.Views, v.Likes, v.Comments)).ToList(),
                AnalyticsSources.YouTube, cancellationToken: ct);
            videoCount = upserted.Inserted + upserted.Updated + upserted.Unchanged;
        }

        var videoDays = 0;
        if (options.Value.TopVideos > 0)
        {
            var top = await client.GetTopVideosAsync(from, to, options.Value.TopVideos, ct);
            foreach (var video in top)
            {
                var days = await client.GetVideoDailyMetricsAsync(video.VideoId, from, to, ct);
                var counts = await store.UpsertVideoDaysAsync(channelId, days.Select(d => new VideoDayInput(
                    video.VideoId, d.Day, d.Views, d.EstimatedMinutesWatched, d.AverageViewDurationSeconds, d.Likes, d.Comments, d.Shares,
                    d.SubscribersGained, d.EstimatedRevenue)).ToList(), AnalyticsSources.YouTube, cancellationToken: ct);
                videoDays += counts.Written;
            }
        }

        var now = time.GetUtcNow();
        await using (var db = await dbFactory.CreateDbContextAsync(CancellationToken.None))
        {
            await db.Channels.Where(c => c.Id == channelId).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastAnalyticsPullAt, now));
        }
        var result = new AnalyticsPullResult(channelId, from, to, channelDays.Written, videoCount, videoDays);
        LogPulled(channelId, from, to, result.ChannelDays, result.Videos, result.VideoDays);
        events.Publish(new AnalyticsRefreshed(now, channelId, channelDays.Written + videoDays));
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics of channel {ChannelId} pulled for {From}..{To}: {ChannelDays} channel days, {Videos} videos, {VideoDays} video days written")]
    private partial void LogPulled(long channelId, DateOnly from, DateOnly to, int channelDays, int videos, int videoDays);
}
