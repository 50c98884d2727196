using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Core.YouTube.Integration;
using YouTubeStudio.Core.YouTube.Storage;

namespace YouTubeStudio.Core.YouTube.Publishing;

/// <summary>
/// Uploads a ready video (resumable; the session URI is saved so a restart resumes it), then sets its
/// thumbnail. The video is <c>scheduled</c> or <c>published</c> only when both are done.
/// </summary>
internal sealed class PublishTaskHandler(
    IDbContextFactory<AppDbContext> dbFactory,
    IYouTubeClientFactory clients,
    IMediaStore media,
    IYouTubeChannelLink link,
    TimeProvider time) : ITaskHandler
{
    public string Action => GenerationActions.Publish;
    public VideoStatus RunningStatus => VideoStatus.Uploading;
    public VideoStatus FailedVideoStatus => VideoStatus.ReadyForUpload;

    public async Task<(VideoStatus Status, string Note)> RunAsync(GenerationTask task, IProgress<double> progress, CancellationToken cancellationToken)
    {
        try
        {
            return await PublishAsync(task, progress, cancellationToken);
        }
        catch (YouTubeAuthException auth) when (auth.NeedsReconnect)
        {
            // The channel page must say "reconnect" and further publishes must be refused until then.
            var channelId = await ChannelOfAsync(task.VideoId);
            await link.MarkNeedsReconnectAsync(channelId, auth.Message, CancellationToken.None);
            throw;
        }
    }

    private async Task<long> ChannelOfAsync(long videoId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Videos.AsNoTracking().Where(v => v.Id == videoId).Select(v => v.ChannelId).FirstAsync();
    }

    private async Task<(VideoStatus Status, string Note)> PublishAsync(GenerationTask task, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var parameters = PublishParams.Parse(task.ParamsJson);
        Video video;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            video = await db.Videos.AsNoTracking().FirstAsync(v => v.Id == task.VideoId, cancellationToken);
        }
        using var client = await clients.CreateAsync(ChannelKeys.For(video.ChannelId), cancellationToken);
        var upload = new YouTubeVideoUpload(
            video.Title ?? video.Topic,
            video.Description ?? "",
            video.Tags,
            parameters.CategoryId,
            Enum.Parse<YouTubePrivacy>(parameters.Privacy, ignoreCase: true),
            parameters.PublishAt,
            MadeForKids: parameters.MadeForKids,
            ContainsSyntheticMedia: parameters.ContainsSyntheticMedia);

        var youTubeId = video.YouTubeVideoId;
        if (youTubeId is null)
        {
            await using var content = media.OpenRead(video.Id, "video.mp4")
                ?? throw new GenerationException("missing_artifact", "The video's MP4 is missing; requeue it to render again.", isTransient: false);
            var callbacks = new YouTubeUploadCallbacks(
                SessionStarted: uri => SaveSessionAsync(video.Id, uri).GetAwaiter().GetResult(),
                Progress: new Progress<YouTubeUploadProgress>(p => progress.Report(0.9 * p.Percent / 100)));
            var result = video.UploadSessionUri is { } session
                ? await client.ResumeUploadAsync(new Uri(session), upload, content, callbacks, cancellationToken)
                : await client.UploadVideoAsync(upload, content, callbacks, cancellationToken);
            youTubeId = result.VideoId;
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            await db.Videos.Where(v => v.Id == video.Id).ExecuteUpdateAsync(s => s
                .SetProperty(v => v.YouTubeVideoId, youTubeId)
                .SetProperty(v => v.UploadSessionUri, (string?)null)
                .SetProperty(v => v.PrivacyStatus, parameters.Privacy));
        }

        // The upload is checkpointed by its YouTube id: a retry after this point only sets the thumbnail.
        await using (var thumbnail = media.OpenRead(video.Id, "thumbnail.png"))
        {
            if (thumbnail is not null) await client.SetThumbnailAsync(youTubeId, thumbnail, "image/png", cancellationToken);
        }
        progress.Report(1);

        var now = time.GetUtcNow();
        var scheduled = parameters.PublishAt is { } at && at > now;
        await using (var db = await dbFactory.CreateDbContextAsync(CancellationToken.None))
        {
            await db.Videos.Where(v => v.Id == video.Id).ExecuteUpdateAsync(s => s
                .SetProperty(v => v.PublishAt, parameters.PublishAt)
                .SetProperty(v => v.PublishedAt, scheduled ? null : now));
            if (!await db.ChannelVideos.AnyAsync(v => v.ChannelId == video.ChannelId && v.YouTubeVideoId == youTubeId))
            {
                db.ChannelVideos.Add(new ChannelVideo
                {
                    ChannelId = video.ChannelId,
                    YouTubeVideoId = youTubeId,
                    VideoId = video.Id,
                    Title = video.Title ?? video.Topic,
                    Description = video.Description ?? "",
                    Tags = video.Tags,
                    CategoryId = parameters.CategoryId,
                    PublishedAt = parameters.PublishAt ?? now,
                    DurationSeconds = video.DurationSeconds,
                    Source = "youtube",
                    UpdatedAt = now,
                });
                await db.SaveChangesAsync();
            }
        }
        return scheduled
            ? (VideoStatus.Scheduled, $"Uploaded as {youTubeId}; goes public at {parameters.PublishAt:u}")
            : (VideoStatus.Published, $"Published as {youTubeId} ({parameters.Privacy})");
    }

    private async Task SaveSessionAsync(long videoId, Uri session)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Videos.Where(v => v.Id == videoId).ExecuteUpdateAsync(s => s.SetProperty(v => v.UploadSessionUri, session.ToString()));
    }
}
