using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Core.YouTube.Integration;

namespace YouTubeStudio.Core.YouTube.Publishing;

internal sealed partial class AutoPublishService(
    IDbContextFactory<AppDbContext> dbFactory,
    IPublishService publish,
    IYouTubeChannelLink link,
    TimeProvider time,
    ILogger<AutoPublishService> logger) : IAutoPublishService
{
    /// <summary>Upload quota is the scarce thing (1,600 units each): plan at most this many per channel per run.</summary>
    private const int MaxPerChannelPerRun = 10;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var statuses = await link.GetStatusesAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking()
            .Where(c => c.IsActive && c.AutoPublish && c.YouTubeChannelId != null)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var channel in channels)
        {
            if (!statuses.TryGetValue(channel.Id, out var status) || status.State != YouTubeLinkState.Connected || !status.CanUpload) continue;

            // A video whose publish failed needs a person: retrying it every run could burn the quota.
            var ready = await db.Videos.AsNoTracking()
                .Where(v => v.ChannelId == channel.Id && v.Status == VideoStatus.ReadyForUpload && v.FailureReason == null && v.YouTubeVideoId == null
                            && !db.GenerationTasks.Any(t => t.VideoId == v.Id && t.Action == GenerationActions.Publish
                                                            && (t.Status == VideoStatus.Queued || t.Status == VideoStatus.Uploading)))
                .OrderBy(v => v.CreatedAt).ThenBy(v => v.Id)
                .Select(v => v.Id).Take(MaxPerChannelPerRun).ToListAsync(cancellationToken);
            if (ready.Count == 0) continue;

            var taken = await TakenAsync(db, channel.Id, cancellationToken);
            var schedule = new AutoPublishSchedule(channel.VideosPerDay, channel.PublishTime, channel.TimeZone);
            var slots = AutoPublishPlanner.NextFreeSlots(schedule, taken, time.GetUtcNow(), ready.Count);
            foreach (var (videoId, slot) in ready.Zip(slots))
            {
                var result = await publish.QueuePublishAsync(videoId, new PublishRequest { Privacy = "public", PublishAt = slot }, cancellationToken);
                if (result.IsOk)
                {
                    queued++;
                    LogQueued(videoId, channel.Id, slot);
                }
                else
                {
                    LogSkipped(videoId, channel.Id, result.Message ?? string.Join(" ", result.Errors.SelectMany(e => e.Value)));
                }
            }
        }

        return queued;
    }

    /// <summary>Times already spoken for: scheduled or published videos, and publishes still in the queue.</summary>
    private static async Task<List<DateTimeOffset>> TakenAsync(AppDbContext db, long channelId, CancellationToken ct)
    {
        var videos = await db.Videos.AsNoTracking()
            .Where(v => v.ChannelId == channelId && (v.PublishAt != null || v.PublishedAt != null))
            .Select(v => v.PublishAt ?? v.PublishedAt).ToListAsync(ct);
        var pending = await db.GenerationTasks.AsNoTracking()
            .Where(t => t.Action == GenerationActions.Publish && (t.Status == VideoStatus.Queued || t.Status == VideoStatus.Uploading)
                        && db.Videos.Any(v => v.Id == t.VideoId && v.ChannelId == channelId))
            .Select(t => t.ParamsJson).ToListAsync(ct);
        var taken = videos.OfType<DateTimeOffset>().ToList();
        foreach (var json in pending)
        {
            try
            {
                if (PublishParams.Parse(json).PublishAt is { } at) taken.Add(at);
            }
            catch (System.Text.Json.JsonException)
            {
                // A malformed task takes no slot.
            }
        }

        return taken;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Auto-publish: video {VideoId} of channel {ChannelId} scheduled for {PublishAt}")]
    private partial void LogQueued(long videoId, long channelId, DateTimeOffset publishAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Auto-publish: video {VideoId} of channel {ChannelId} not queued: {Reason}")]
    private partial void LogSkipped(long videoId, long channelId, string reason);
}
