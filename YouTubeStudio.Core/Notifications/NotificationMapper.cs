using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Notifications;

/// <summary>Turns domain events into <see cref="NotificationMessage"/>s, reading the video and channel they are about.</summary>
internal sealed class NotificationMapper(IDbContextFactory<AppDbContext> dbFactory)
{
    public const string OverBudget = "over_budget";

    public async Task<NotificationMessage?> MapAsync(StudioEvent studioEvent, CancellationToken cancellationToken)
    {
        switch (studioEvent)
        {
            case TaskChanged { Kind: "completed" } t when t.Status == VideoStatus.ReadyForUpload.ToWire():
            {
                var data = await VideoDataAsync(t.VideoId, t.TaskId, cancellationToken);
                // Only a finished generation makes a video ready; a score or analyze task on a ready video does not.
                if (data is null || (data.Action is not null && data.Action != Generation.GenerationActions.Generate)) return null;
                return Message(NotificationEvents.VideoReady, t.At, $"Video ready: {data.Title}", $"\"{data.Title}\" on {data.ChannelName} is ready for upload (cost {data.CostUsd:0.0000} USD).", data, forViewers: true);
            }
            case TaskChanged { Kind: "completed" } t when t.Status == VideoStatus.Published.ToWire() || t.Status == VideoStatus.Scheduled.ToWire():
            {
                var data = await VideoDataAsync(t.VideoId, t.TaskId, cancellationToken);
                if (data is null) return null;
                var when = t.Status == VideoStatus.Scheduled.ToWire() && data.PublishAt is { } at ? $"scheduled for {at:u}" : "published";
                return Message(NotificationEvents.VideoPublished, t.At, $"Video {(t.Status == "scheduled" ? "scheduled" : "published")}: {data.Title}", $"\"{data.Title}\" on {data.ChannelName} is {when} on YouTube. {data.YouTubeUrl}".Trim(), data, forViewers: true);
            }
            case TaskChanged { Kind: "failed" } t:
            {
                var data = await VideoDataAsync(t.VideoId, t.TaskId, cancellationToken);
                if (data is null) return null;
                if (data.FailureReason == OverBudget)
                {
                    return Message(NotificationEvents.CostCapReached, t.At, $"Budget cap reached: {data.Title}",
                        $"\"{data.Title}\" on {data.ChannelName} stopped at {data.CostUsd:0.0000} USD: the next stage would cross the cap of {data.CapUsd:0.00} USD.", data, forViewers: false);
                }
                return Message(NotificationEvents.VideoFailed, t.At, $"Video failed: {data.Title}",
                    $"\"{data.Title}\" on {data.ChannelName} failed ({data.FailureReason ?? "error"}): {data.LastError}", data, forViewers: false);
            }
            case BudgetAlert b:
            {
                var data = await VideoDataAsync(b.VideoId, null, cancellationToken);
                if (data is null) return null;
                var extra = new Dictionary<string, object?>(data.ToDictionary()) { ["spent_usd"] = b.SpentUsd, ["alert_usd"] = b.AlertUsd, ["cap_usd"] = b.CapUsd };
                return new NotificationMessage(NotificationEvents.CostAlert, b.At, $"Budget alert: {data.Title}",
                    $"\"{data.Title}\" on {data.ChannelName} has spent {b.SpentUsd:0.0000} USD, past the alert of {b.AlertUsd:0.00} USD (cap {b.CapUsd:0.00} USD).",
                    "/queue", false, extra);
            }
            case AnalyticsRefreshed a:
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var name = await db.Channels.AsNoTracking().Where(c => c.Id == a.ChannelId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
                if (name is null) return null;
                return new NotificationMessage(NotificationEvents.AnalyticsRefreshed, a.At, $"Analytics refreshed: {name}", $"{a.Rows} analytics rows stored for {name}.",
                    "/analytics", false, new Dictionary<string, object?> { ["channel_id"] = a.ChannelId, ["channel_name"] = name, ["rows"] = a.Rows });
            }
            default:
                return null;
        }
    }

    private static NotificationMessage Message(string name, DateTimeOffset at, string title, string text, VideoData data, bool forViewers) =>
        new(name, at, Clip(title, 200), text, "/queue", forViewers, data.ToDictionary());

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private async Task<VideoData?> VideoDataAsync(long videoId, Guid? taskId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await (from v in db.Videos.AsNoTracking()
                         join c in db.Channels.AsNoTracking() on v.ChannelId equals c.Id
                         where v.Id == videoId
                         select new { Video = v, ChannelName = c.Name, c.BudgetCapUsd }).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var task = taskId is { } id
            ? await db.GenerationTasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.FailureReason, t.LastError, t.Action }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var video = row.Video;
        return new VideoData(video.Id, video.ChannelId, row.ChannelName, video.Title ?? video.Topic, video.Topic, video.Status.ToWire(), video.CostUsd, row.BudgetCapUsd,
            video.YouTubeVideoId, video.PublishAt, task?.FailureReason ?? video.FailureReason, task?.LastError, taskId, task?.Action);
    }

    private sealed record VideoData(long VideoId, long ChannelId, string ChannelName, string Title, string Topic, string Status, decimal CostUsd, decimal CapUsd,
        string? YouTubeVideoId, DateTimeOffset? PublishAt, string? FailureReason, string? LastError, Guid? TaskId, string? Action)
    {
        public string? YouTubeUrl => YouTubeVideoId is null ? null : $"https://www.youtube.com/watch?v={YouTubeVideoId}";

        public Dictionary<string, object?> ToDictionary() => new()
        {
            ["video_id"] = VideoId,
            ["channel_id"] = ChannelId,
            ["channel_name"] = ChannelName,
            ["title"] = Title,
            ["topic"] = Topic,
            ["status"] = Status,
            ["cost_usd"] = CostUsd,
            ["cap_usd"] = CapUsd,
            ["youtube_video_id"] = YouTubeVideoId,
            ["youtube_url"] = YouTubeUrl,
            ["publish_at"] = PublishAt,
            ["failure_reason"] = FailureReason,
            ["last_error"] = LastError,
            ["task_id"] = TaskId,
            ["action"] = Action,
        };
    }
}
