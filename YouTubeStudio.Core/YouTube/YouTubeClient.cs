using System.Globalization;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Upload;
using YouTubeStudio.Core.YouTube.Api;
using YouTubeStudio.Core.YouTube.Resources;

namespace YouTubeStudio.Core.YouTube;

/// <summary><see cref="IYouTubeClient"/> on Google.Apis services signed with one channel's <see cref="UserCredential"/>.</summary>
public sealed class YouTubeClient : IYouTubeClient
{
    private const int MaxIdsPerCall = 50;
    private static readonly string[] DailyMetrics =
        ["views", "estimatedMinutesWatched", "averageViewDuration", "subscribersGained", "subscribersLost", "likes", "comments", "shares"];

    private readonly UserCredential _credential;
    private readonly YouTubeQuota _quota;
    private readonly YouTubeOptions _options;
    private readonly YouTubeApiService _data;
    private readonly YouTubeApiService _analytics;
    private readonly YouTubeApiService _upload;

    internal YouTubeClient(UserCredential credential, YouTubeQuota quota, YouTubeOptions options)
    {
        _credential = credential;
        _quota = quota;
        _options = options;
        _data = YouTubeApiService.Create("youtube", options.DataApiBaseUri, credential, options);
        _analytics = YouTubeApiService.Create("youtubeAnalytics", options.AnalyticsApiBaseUri, credential, options);
        _upload = YouTubeApiService.Create("youtube", options.UploadBaseUri, credential, options);
    }

    public string ChannelKey => _credential.UserId;

    public YouTubeConnection Connection => YouTubeConnection.FromToken(ChannelKey, _credential.Token);

    public async Task<YouTubeChannelInfo> GetMyChannelAsync(CancellationToken cancellationToken)
    {
        var response = await CallAsync("channels.list", _options.ListCost,
            ct => new ChannelsListRequest(_data, "snippet,statistics,contentDetails") { Mine = true }.ExecuteAsync(ct), cancellationToken);
        var channel = response.Items?.FirstOrDefault()
            ?? throw new YouTubeApiException("The authorized Google account has no YouTube channel.", null, "channelNotFound");
        return new YouTubeChannelInfo(
            channel.Id ?? "",
            channel.Snippet?.Title ?? "",
            channel.Snippet?.CustomUrl,
            (channel.Snippet?.Thumbnails?.High ?? channel.Snippet?.Thumbnails?.Medium ?? channel.Snippet?.Thumbnails?.Default)?.Url,
            (long)(channel.Statistics?.SubscriberCount ?? 0),
            (long)(channel.Statistics?.ViewCount ?? 0),
            (long)(channel.Statistics?.VideoCount ?? 0),
            channel.ContentDetails?.RelatedPlaylists?.Uploads);
    }

    public async Task<IReadOnlyList<YouTubeVideoInfo>> GetVideosAsync(IReadOnlyCollection<string> videoIds, CancellationToken cancellationToken)
    {
        var videos = new List<YouTubeVideoInfo>(videoIds.Count);
        foreach (var batch in videoIds.Distinct(StringComparer.Ordinal).Chunk(MaxIdsPerCall))
        {
            var response = await CallAsync("videos.list", _options.ListCost,
                ct => new VideosListRequest(_data, "snippet,contentDetails,statistics,status")
                {
                    Id = string.Join(',', batch),
                    MaxResults = MaxIdsPerCall,
                }.ExecuteAsync(ct), cancellationToken);
            videos.AddRange((response.Items ?? []).Select(ToVideoInfo));
        }

        return videos;
    }

    public async Task<IReadOnlyList<string>> GetPlaylistVideoIdsAsync(string playlistId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(playlistId);
        var ids = new List<string>();
        string? pageToken = null;
        do
        {
            var token = pageToken;
            var page = await CallAsync("playlistItems.list", _options.ListCost,
                ct => new PlaylistItemsListRequest(_data, "contentDetails")
                {
                    PlaylistId = playlistId,
                    MaxResults = _options.PageSize,
                    PageToken = token,
                }.ExecuteAsync(ct), cancellationToken);
            ids.AddRange((page.Items ?? [])
                .Select(item => item.ContentDetails?.VideoId ?? item.Snippet?.ResourceId?.VideoId)
                .OfType<string>());
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));

        return ids;
    }

    public async Task<YouTubeUploadResult> UploadVideoAsync(
        YouTubeVideoUpload video, Stream content, YouTubeUploadCallbacks? callbacks, CancellationToken cancellationToken)
    {
        EnsureSeekable(content);
        await _quota.ReserveAsync("videos.insert", _options.VideoInsertCost, cancellationToken);
        var upload = CreateVideoUpload(video, content);
        return await RunUploadAsync(upload, content, callbacks, ct => upload.UploadAsync(ct), cancellationToken);
    }

    public Task<YouTubeUploadResult> ResumeUploadAsync(
        Uri sessionUri, YouTubeVideoUpload video, Stream content, YouTubeUploadCallbacks? callbacks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionUri);
        EnsureSeekable(content);
        // Quota was charged when the session was opened; Google does not charge a resumed upload again.
        var upload = CreateVideoUpload(video, content);
        return RunUploadAsync(upload, content, callbacks, ct => upload.ResumeAsync(sessionUri, ct), cancellationToken, sessionUri);
    }

    public async Task SetThumbnailAsync(string videoId, Stream image, string contentType, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(videoId);
        EnsureSeekable(image);
        await _quota.ReserveAsync("thumbnails.set", _options.ThumbnailSetCost, cancellationToken);
        var upload = new ThumbnailSetUpload(_upload, videoId, image, contentType) { ChunkSize = _options.UploadChunkSize };
        var progress = await upload.UploadAsync(cancellationToken);
        if (progress.Status != UploadStatus.Completed)
        {
            throw await MapAsync("thumbnails.set", progress.Exception ?? new IOException("The thumbnail upload did not complete."), cancellationToken);
        }
    }

    public async Task<YouTubeReport> QueryReportAsync(YouTubeReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Metrics.Count == 0)
        {
            throw new ArgumentException("A report needs at least one metric.", nameof(query));
        }

        var response = await CallAsync("reports.query", _options.AnalyticsQueryCost,
            ct => new ReportsQueryRequest(_analytics)
            {
                Ids = "channel==MINE",
                StartDate = query.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                EndDate = query.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Metrics = string.Join(',', query.Metrics),
                Dimensions = query.Dimensions is { Count: > 0 } d ? string.Join(',', d) : null,
                Filters = query.Filters,
                Sort = query.Sort,
                MaxResults = query.MaxResults,
            }.ExecuteAsync(ct), cancellationToken);
        return ToReport(response);
    }

    public Task<IReadOnlyList<YouTubeDailyMetrics>> GetChannelDailyMetricsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetDailyMetricsAsync(from, to, filters: null, cancellationToken);

    public Task<IReadOnlyList<YouTubeDailyMetrics>> GetVideoDailyMetricsAsync(string videoId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(videoId);
        return GetDailyMetricsAsync(from, to, "video==" + videoId, cancellationToken);
    }

    public async Task<IReadOnlyList<YouTubeTopVideo>> GetTopVideosAsync(DateOnly from, DateOnly to, int maxResults, CancellationToken cancellationToken)
    {
        // Google requires sort and maxResults (at most 200) for video-dimension reports.
        var report = await QueryReportAsync(
            new YouTubeReportQuery(from, to, ["views", "estimatedMinutesWatched"], ["video"], Sort: "-views", MaxResults: Math.Clamp(maxResults, 1, 200)),
            cancellationToken);
        return report.Rows
            .Select(r => new YouTubeTopVideo(r.GetString("video") ?? "", r.GetInt64("views"), r.GetInt64("estimatedMinutesWatched")))
            .ToList();
    }

    public void Dispose()
    {
        _data.Dispose();
        _analytics.Dispose();
        _upload.Dispose();
    }

    private async Task<IReadOnlyList<YouTubeDailyMetrics>> GetDailyMetricsAsync(DateOnly from, DateOnly to, string? filters, CancellationToken cancellationToken)
    {
        var withRevenue = Connection.CanReadRevenue;
        string[] metrics = withRevenue ? [.. DailyMetrics, "estimatedRevenue"] : DailyMetrics;
        var report = await QueryReportAsync(new YouTubeReportQuery(from, to, metrics, ["day"], filters, Sort: "day"), cancellationToken);
        return report.Rows.Select(r => new YouTubeDailyMetrics(
                DateOnly.ParseExact(r.GetString("day") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.GetInt64("views"),
                r.GetInt64("estimatedMinutesWatched"),
                r.GetInt64("averageViewDuration"),
                r.GetInt64("subscribersGained"),
                r.GetInt64("subscribersLost"),
                r.GetInt64("likes"),
                r.GetInt64("comments"),
                r.GetInt64("shares"),
                withRevenue ? r.GetDecimal("estimatedRevenue") : null))
            .ToList();
    }

    private VideoInsertUpload CreateVideoUpload(YouTubeVideoUpload video, Stream content)
    {
        ArgumentNullException.ThrowIfNull(video);
        var body = new VideoResource
        {
            Snippet = new VideoSnippet
            {
                Title = video.Title,
                Description = video.Description,
                Tags = [.. video.Tags],
                CategoryId = video.CategoryId,
                DefaultLanguage = video.DefaultLanguage,
            },
            Status = new VideoStatus
            {
                // Google accepts publishAt only on private videos; it flips them to public at that time.
                PrivacyStatus = video.PublishAt is null ? video.Privacy.ToString().ToLowerInvariant() : "private",
                PublishAtRaw = video.PublishAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                SelfDeclaredMadeForKids = video.MadeForKids,
                ContainsSyntheticMedia = video.ContainsSyntheticMedia,
            },
        };
        return new VideoInsertUpload(_upload, body, "snippet,status", content, video.ContentType, _options.UploadChunkSize);
    }

    private async Task<YouTubeUploadResult> RunUploadAsync(
        VideoInsertUpload upload,
        Stream content,
        YouTubeUploadCallbacks? callbacks,
        Func<CancellationToken, Task<IUploadProgress>> run,
        CancellationToken cancellationToken,
        Uri? sessionUri = null)
    {
        var total = content.Length;
        upload.UploadSessionData += data =>
        {
            sessionUri = data.UploadUri;
            callbacks?.SessionStarted?.Invoke(data.UploadUri);
        };
        upload.ProgressChanged += p =>
        {
            if (p.Status is UploadStatus.Uploading or UploadStatus.Completed)
            {
                callbacks?.Progress?.Report(new YouTubeUploadProgress(p.BytesSent, total));
            }
        };

        var progress = await run(cancellationToken);
        if (progress.Status == UploadStatus.Completed && upload.ResponseBody is { } video)
        {
            return new YouTubeUploadResult(video.Id ?? "", video.Status?.UploadStatus, video.Status?.PrivacyStatus, ParseTime(video.Status?.PublishAtRaw));
        }

        var error = progress.Exception ?? new IOException("The upload ended without Google's video resource.");
        cancellationToken.ThrowIfCancellationRequested();
        var retryable = error is not Google.GoogleApiException api || (int)api.HttpStatusCode >= 500;
        if (sessionUri is not null && retryable)
        {
            throw new YouTubeUploadInterruptedException(
                $"videos.insert stopped after {progress.BytesSent} of {total} bytes: {error.Message}", sessionUri, progress.BytesSent, error);
        }

        throw await MapAsync("videos.insert", error, cancellationToken);
    }

    private async Task<T> CallAsync<T>(string operation, int units, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        await _quota.ReserveAsync(operation, units, cancellationToken);
        try
        {
            return await call(cancellationToken);
        }
        catch (Exception e) when (e is not YouTubeException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw await MapAsync(operation, e, cancellationToken);
        }
    }

    private async Task<YouTubeException> MapAsync(string operation, Exception e, CancellationToken cancellationToken)
    {
        if (GoogleErrors.IsQuota(e))
        {
            var retryAfter = await _quota.MarkExhaustedAsync(operation, cancellationToken);
            return new YouTubeQuotaExceededException($"{operation}: Google says the daily quota is spent; it resets at {retryAfter:u}.", retryAfter, e);
        }

        return GoogleErrors.Map(operation, e);
    }

    private static YouTubeVideoInfo ToVideoInfo(VideoResource v) => new(
        v.Id ?? "",
        v.Snippet?.Title ?? "",
        v.Snippet?.Description ?? "",
        v.Snippet?.Tags?.ToList() ?? [],
        v.Snippet?.CategoryId,
        ParseTime(v.Snippet?.PublishedAtRaw),
        IsoDuration.ToSeconds(v.ContentDetails?.Duration),
        (long)(v.Statistics?.ViewCount ?? 0),
        (long)(v.Statistics?.LikeCount ?? 0),
        (long)(v.Statistics?.CommentCount ?? 0),
        v.Status?.PrivacyStatus,
        ParseTime(v.Status?.PublishAtRaw));

    private static YouTubeReport ToReport(QueryResponse response)
    {
        var columns = (response.ColumnHeaders ?? [])
            .Select(h => new YouTubeReportColumn(h.Name ?? "", h.ColumnType ?? "", h.DataType ?? ""))
            .ToList();
        var rows = (response.Rows ?? []).Select(cells =>
        {
            var values = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < columns.Count && i < cells.Count; i++)
            {
                values[columns[i].Name] = ToCell(cells[i], columns[i].DataType);
            }

            return new YouTubeReportRow(values);
        }).ToList();
        return new YouTubeReport(columns, rows);
    }

    private static object? ToCell(object? raw, string dataType) => raw switch
    {
        null => null,
        _ when dataType == "INTEGER" => Convert.ToInt64(raw, CultureInfo.InvariantCulture),
        _ when dataType is "FLOAT" or "CURRENCY" => Convert.ToDecimal(raw, CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => raw.ToString(),
    };

    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    private static void EnsureSeekable(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            // The length goes in X-Upload-Content-Length and resuming needs to seek back to what Google confirmed.
            throw new ArgumentException("Uploads need a seekable stream (e.g. a FileStream).", nameof(content));
        }
    }
}
