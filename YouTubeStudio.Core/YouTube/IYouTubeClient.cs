namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// YouTube Data API v3 and Analytics API v2 for one connected channel. Every call is charged to the quota ledger
/// before it is made. Failures surface as <see cref="YouTubeQuotaExceededException"/>, <see cref="YouTubeAuthException"/>,
/// <see cref="YouTubeApiException"/> or <see cref="YouTubeTransientException"/> (after Google.Apis' own retries).
/// Create one with <see cref="IYouTubeClientFactory"/> per unit of work and dispose it.
/// </summary>
public interface IYouTubeClient : IDisposable
{
    /// <summary>The app's key of the channel whose credential signs the calls.</summary>
    string ChannelKey { get; }

    /// <summary>The scopes currently granted (they can change when a refresh answers with fewer).</summary>
    YouTubeConnection Connection { get; }

    /// <summary>channels.list <c>mine=true</c>: the channel the user authorized.</summary>
    Task<YouTubeChannelInfo> GetMyChannelAsync(CancellationToken cancellationToken);

    /// <summary>videos.list by id, 50 per call; unknown or deleted ids are missing from the result.</summary>
    Task<IReadOnlyList<YouTubeVideoInfo>> GetVideosAsync(IReadOnlyCollection<string> videoIds, CancellationToken cancellationToken);

    /// <summary>playlistItems.list over every page: the video ids of a playlist (e.g. the uploads playlist), in order.</summary>
    Task<IReadOnlyList<string>> GetPlaylistVideoIdsAsync(string playlistId, CancellationToken cancellationToken);

    /// <summary>
    /// videos.insert as a resumable upload of <paramref name="content"/> (seekable, left open) in chunks of
    /// <c>YouTube:UploadChunkSize</c>, with <c>part=snippet,status</c>.
    /// </summary>
    /// <remarks>
    /// Google.Apis already resumes in-process after a dropped connection or a 5xx (it asks Google how far it got).
    /// Cancelling (e.g. at shutdown) leaves the session resumable from the URI given to <see cref="YouTubeUploadCallbacks.SessionStarted"/>.
    /// </remarks>
    /// <exception cref="YouTubeUploadInterruptedException">The upload stopped after its session started; resume it.</exception>
    Task<YouTubeUploadResult> UploadVideoAsync(YouTubeVideoUpload video, Stream content, YouTubeUploadCallbacks? callbacks, CancellationToken cancellationToken);

    /// <summary>
    /// Continues an upload from its session URI (e.g. after a restart): asks Google how many bytes it has and sends
    /// the rest from <paramref name="content"/>, the same file from its start. Costs no further quota.
    /// </summary>
    Task<YouTubeUploadResult> ResumeUploadAsync(Uri sessionUri, YouTubeVideoUpload video, Stream content, YouTubeUploadCallbacks? callbacks, CancellationToken cancellationToken);

    /// <summary>thumbnails.set: uploads a JPEG or PNG (at most 2 MB) as the video's custom thumbnail.</summary>
    Task SetThumbnailAsync(string videoId, Stream image, string contentType, CancellationToken cancellationToken);

    /// <summary>reports.query for <c>channel==MINE</c>.</summary>
    Task<YouTubeReport> QueryReportAsync(YouTubeReportQuery query, CancellationToken cancellationToken);

    /// <summary>The channel's metrics per day; revenue only when the monetary scope was granted.</summary>
    Task<IReadOnlyList<YouTubeDailyMetrics>> GetChannelDailyMetricsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>One video's metrics per day (<c>filters=video==ID</c>); revenue only when the monetary scope was granted.</summary>
    Task<IReadOnlyList<YouTubeDailyMetrics>> GetVideoDailyMetricsAsync(string videoId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The most viewed videos over the range (<c>dimensions=video</c>, <c>sort=-views</c>).</summary>
    Task<IReadOnlyList<YouTubeTopVideo>> GetTopVideosAsync(DateOnly from, DateOnly to, int maxResults, CancellationToken cancellationToken);
}
