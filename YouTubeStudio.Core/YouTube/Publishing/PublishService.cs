using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.YouTube.Publishing;

internal sealed class PublishService(
    IDbContextFactory<AppDbContext> dbFactory,
    ITaskScheduler scheduler,
    IMediaStore media,
    IEventBroadcaster events,
    IOptions<GenerationOptions> options,
    TimeProvider time) : IPublishService
{
    /// <summary>YouTube needs a scheduled time comfortably in the future.</summary>
    private static readonly TimeSpan MinimumLead = TimeSpan.FromMinutes(15);

    public async Task<Result<GenerationTask>> QueuePublishAsync(long videoId, PublishRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var privacy = (request.Privacy ?? "private").Trim().ToLowerInvariant();
        if (privacy is not ("private" or "unlisted" or "public")) errors.Add("privacy", "Privacy must be private, unlisted or public.");
        var now = time.GetUtcNow();
        if (request.PublishAt is { } at && at < now + MinimumLead) errors.Add("publish_at", $"publish_at must be at least {MinimumLead.TotalMinutes:0} minutes in the future.");
        var category = request.CategoryId?.Trim() ?? "28";
        if (!int.TryParse(category, out var c) || c <= 0 || c > 99) errors.Add("category_id", "category_id must be a YouTube category number such as 28 (Science & Technology).");
        if (errors.Any) return Result<GenerationTask>.Invalid(errors.ToDictionary());

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var video = await db.Videos.FirstOrDefaultAsync(v => v.Id == videoId, cancellationToken);
        if (video is null) return Result<GenerationTask>.NotFound($"Video {videoId} does not exist.");
        if (video.Status != VideoStatus.ReadyForUpload)
            return Result<GenerationTask>.Conflict($"Video {videoId} is {video.Status.ToWire()}; only ready_for_upload videos can be published.");
        if (media.Find(videoId, "video.mp4") is null)
            return Result<GenerationTask>.Conflict($"Video {videoId} has no MP4; requeue it to render again.");
        var busy = await db.GenerationTasks.AnyAsync(t => t.VideoId == videoId && t.Action == GenerationActions.Publish
            && (t.Status == VideoStatus.Queued || t.Status == VideoStatus.Uploading), cancellationToken);
        if (busy) return Result<GenerationTask>.Conflict($"Video {videoId} is already being published.");
        var credential = await db.YouTubeCredentials.AsNoTracking().FirstOrDefaultAsync(k => k.ChannelId == video.ChannelId, cancellationToken);
        if (credential is null) return Result<GenerationTask>.Conflict("The video's channel is not connected to YouTube: connect it on the Channels page first.");
        if (credential.NeedsReconnect) return Result<GenerationTask>.Conflict("The channel's YouTube connection expired or was revoked: reconnect it on the Channels page.");

        var parameters = new PublishParams(request.PublishAt is null ? privacy : "private", request.PublishAt,
            request.MadeForKids ?? false, request.ContainsSyntheticMedia ?? true, category);
        var task = new GenerationTask
        {
            Id = Guid.CreateVersion7(now),
            VideoId = videoId,
            Action = GenerationActions.Publish,
            ParamsJson = parameters.ToJson(),
            Priority = TaskPriority.High,
            Timestamp = now,
            QueuedAt = now,
            Status = VideoStatus.Queued,
            MaxAttempts = Math.Max(options.Value.MaxAttempts, 5),
        };
        db.GenerationTasks.Add(task);
        db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = videoId, Status = VideoStatus.ReadyForUpload, At = now,
            Note = request.PublishAt is { } when ? $"Publish queued, scheduled for {when:u}" : $"Publish queued ({privacy})" });
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.ScheduleAsync(task, null, cancellationToken);
        events.Publish(new TaskChanged(now, task.Id, videoId, video.ChannelId, task.Status.ToWire(), null, 0, 0, "queued"));
        return Result<GenerationTask>.Ok(task);
    }
}
