using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

public sealed partial class GenerationQueue(
    IDbContextFactory<AppDbContext> dbFactory,
    ITaskScheduler scheduler,
    IEventBroadcaster events,
    IMediaStore media,
    YouTubeStudio.Core.Audit.IAuditLog audit,
    IOptions<GenerationOptions> options,
    TimeProvider time,
    ILogger<GenerationQueue> logger) : IGenerationQueue
{
    public const int TopicMinLength = 3;
    public const int TopicMaxLength = 500;

    public async Task<Result<SubmitResult>> SubmitAsync(GenerateRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (request.ChannelId is null) errors.Add("channel_id", "channel_id is required.");
        var topic = ValidateTopic(request.Topic, errors);
        var priority = ParsePriority(request.Priority, errors);
        var parameters = ParseParams(request.Params, errors);
        if (errors.Any) return Result<SubmitResult>.Invalid(errors.ToDictionary());

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ChannelId, cancellationToken);
        if (channel is null) return Result<SubmitResult>.NotFound($"Channel {request.ChannelId} does not exist.");
        var format = ParseFormat(request.Format, channel, errors);
        if (!channel.IsActive) errors.Add("channel_id", $"Channel '{channel.Name}' is paused; activate it to queue videos.");
        ValidateLength(parameters, format, errors);
        if (errors.Any) return Result<SubmitResult>.Invalid(errors.ToDictionary());

        var (video, task) = NewVideo(channel, topic!, format, priority, parameters);
        db.Videos.Add(video);
        db.GenerationTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        task.VideoId = video.Id;
        await scheduler.ScheduleAsync(task, null, cancellationToken);
        LogQueued(task.Id, video.Id, channel.Id, task.Priority);
        Publish(task, channel.Id, "queued");
        return Result<SubmitResult>.Ok(new SubmitResult(task.Id, video.Id, task.Status));
    }

    public async Task<Result<BulkResult>> SubmitBulkAsync(long channelId, IEnumerable<string> lines, string? format, string? priority, CancellationToken cancellationToken = default)
    {
        var all = lines.Select((text, i) => (Line: i + 1, Text: text.Trim())).Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#')).ToList();
        if (all.Count == 0) return Result<BulkResult>.Invalid("topics", "Enter at least one topic, one per line.");
        if (all.Count > options.Value.MaxBulkTopics) return Result<BulkResult>.Invalid("topics", $"At most {options.Value.MaxBulkTopics} topics at once; split the list.");

        var queued = new List<BulkQueued>();
        var rejected = new List<BulkRejected>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, text) in all)
        {
            // A CSV line may carry its own priority and format: topic,priority,format
            var (topic, linePriority, lineFormat) = SplitCsvLine(text);
            if (!seen.Add(topic))
            {
                rejected.Add(new BulkRejected(line, text, "Duplicate of an earlier line."));
                continue;
            }
            var result = await SubmitAsync(new GenerateRequest { ChannelId = channelId, Topic = topic, Priority = linePriority ?? priority, Format = lineFormat ?? format }, cancellationToken);
            if (result.IsOk) queued.Add(new BulkQueued(line, topic, result.Value!.TaskId, result.Value.VideoId));
            else if (result.Status == ResultStatus.NotFound) return Result<BulkResult>.NotFound(result.Message!);
            else rejected.Add(new BulkRejected(line, text, string.Join(" ", result.Errors.SelectMany(e => e.Value).DefaultIfEmpty(result.Message ?? "Rejected."))));
        }
        return Result<BulkResult>.Ok(new BulkResult(queued, rejected));
    }

    public async Task<Result<GenerationTask>> CancelAsync(long videoId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (video, task) = await LoadAsync(db, videoId, cancellationToken);
        if (video is null || task is null) return Result<GenerationTask>.NotFound($"Video {videoId} does not exist or was never queued.");
        if (task.Status.IsFinal()) return Result<GenerationTask>.Conflict($"Video {videoId} is {task.Status.ToWire()}; only queued or running videos can be cancelled.");

        var now = time.GetUtcNow();
        var wasQueued = task.Status == VideoStatus.Queued;
        task.Status = VideoStatus.Cancelled;
        task.CancelRequested = true;
        task.FinishedAt = now;
        task.NextAttemptAt = null;
        task.LastError = "Cancelled by a user.";
        task.FailureReason = "cancelled";
        video.Status = VideoStatus.Cancelled;
        video.FailureReason = "cancelled";
        video.UpdatedAt = now;
        db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = video.Id, Status = VideoStatus.Cancelled, At = now, Note = "Cancelled by a user" });
        // Saved before the interrupt, so the worker that stops sees a cancel, not a shutdown to resume from.
        await db.SaveChangesAsync(cancellationToken);
        if (wasQueued) await scheduler.UnscheduleAsync(task.Id, cancellationToken);
        else await scheduler.InterruptAsync(task.Id, cancellationToken);
        LogStatus(task.Id, video.Id, VideoStatus.Cancelled.ToWire());
        await audit.RecordAsync("video.cancel", $"video:{video.Id}", video.Topic, cancellationToken);
        Publish(task, video.ChannelId, "cancelled");
        return Result<GenerationTask>.Ok(task);
    }

    public Task<Result<GenerationTask>> RetryAsync(long videoId, CancellationToken cancellationToken = default) =>
        RestartAsync(videoId, fromScratch: false, cancellationToken);

    public Task<Result<GenerationTask>> RequeueAsync(long videoId, CancellationToken cancellationToken = default) =>
        RestartAsync(videoId, fromScratch: true, cancellationToken);

    public async Task<Result<bool>> DeleteAsync(long videoId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (video, task) = await LoadAsync(db, videoId, cancellationToken);
        if (video is null) return Result<bool>.NotFound($"Video {videoId} does not exist.");
        if (task is not null && !task.Status.IsFinal()) await CancelAsync(videoId, cancellationToken);
        if (task is not null) await scheduler.UnscheduleAsync(task.Id, cancellationToken);
        await db.Videos.Where(v => v.Id == videoId).ExecuteDeleteAsync(cancellationToken);
        await media.DeleteAsync(videoId, cancellationToken);
        await audit.RecordAsync("video.delete", $"video:{videoId}", video.Topic, cancellationToken);
        if (task is not null) Publish(task, video.ChannelId, "deleted");
        return Result<bool>.Ok(true);
    }

    public async Task<IReadOnlyList<TaskView>> ListTasksAsync(TaskFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from t in db.GenerationTasks.AsNoTracking()
                    join v in db.Videos.AsNoTracking() on t.VideoId equals v.Id
                    join c in db.Channels.AsNoTracking() on v.ChannelId equals c.Id
                    select new { t, v, c };
        if (filter.Statuses is { Count: > 0 } statuses) query = query.Where(x => statuses.Contains(x.t.Status));
        if (filter.ChannelId is { } channelId) query = query.Where(x => x.v.ChannelId == channelId);
        if (filter.Priority is { } priority) query = query.Where(x => x.t.Priority == priority);
        var rows = await query.OrderByDescending(x => x.t.QueuedAt).Take(filter.Limit).ToListAsync(cancellationToken);
        return rows.Select(x => new TaskView(x.t, x.c.Name, x.v.Topic, x.v.Format.ToString().ToLowerInvariant(), x.v.Title, x.c.BudgetCapUsd, x.c.BudgetAlertUsd)).ToList();
    }

    public async Task<TaskView?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await (from t in db.GenerationTasks.AsNoTracking()
                         join v in db.Videos.AsNoTracking() on t.VideoId equals v.Id
                         join c in db.Channels.AsNoTracking() on v.ChannelId equals c.Id
                         where t.Id == taskId
                         select new { t, v, c }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new TaskView(row.t, row.c.Name, row.v.Topic, row.v.Format.ToString().ToLowerInvariant(), row.v.Title, row.c.BudgetCapUsd, row.c.BudgetAlertUsd);
    }

    public async Task<GenerationTask?> GetTaskForVideoAsync(long videoId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.GenerationTasks.AsNoTracking().Where(t => t.VideoId == videoId && t.Action == GenerationActions.Generate)
            .OrderByDescending(t => t.QueuedAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<VideoStatus, int>> CountByStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.GenerationTasks.AsNoTracking().GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }

    private async Task<Result<GenerationTask>> RestartAsync(long videoId, bool fromScratch, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (video, task) = await LoadAsync(db, videoId, cancellationToken);
        if (video is null || task is null) return Result<GenerationTask>.NotFound($"Video {videoId} does not exist or was never queued.");
        var allowed = fromScratch
            ? task.Status is VideoStatus.Failed or VideoStatus.Cancelled or VideoStatus.ReadyForUpload
            : task.Status is VideoStatus.Failed or VideoStatus.Cancelled;
        if (!allowed)
            return Result<GenerationTask>.Conflict(fromScratch
                ? $"Video {videoId} is {task.Status.ToWire()}; only failed, cancelled or ready videos can be requeued."
                : $"Video {videoId} is {task.Status.ToWire()}; only failed or cancelled videos can be retried.");

        var now = time.GetUtcNow();
        if (fromScratch)
        {
            await db.StageCheckpoints.Where(c => c.VideoId == videoId).ExecuteDeleteAsync(cancellationToken);
            await media.DeleteAsync(videoId, cancellationToken);
        }
        task.Status = VideoStatus.Queued;
        task.Stage = null;
        task.Progress = 0;
        task.Attempts = 0;
        task.MaxAttempts = options.Value.MaxAttempts;
        task.LastError = null;
        task.FailureReason = null;
        task.QueuedAt = now;
        task.StartedAt = null;
        task.FinishedAt = null;
        task.NextAttemptAt = null;
        task.ClaimedBy = null;
        task.CancelRequested = false;
        video.Status = VideoStatus.Queued;
        video.FailureReason = null;
        video.UpdatedAt = now;
        db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = videoId, Status = VideoStatus.Queued, At = now, Note = fromScratch ? "Requeued from scratch" : "Retried by a user" });
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.ScheduleAsync(task, null, cancellationToken);
        LogStatus(task.Id, videoId, fromScratch ? "requeued" : "retried");
        await audit.RecordAsync(fromScratch ? "video.requeue" : "video.retry", $"video:{videoId}", video.Topic, cancellationToken);
        Publish(task, video.ChannelId, "queued");
        return Result<GenerationTask>.Ok(task);
    }

    private (Video, GenerationTask) NewVideo(Channel channel, string topic, VideoFormat format, TaskPriority priority, GenerationParams parameters)
    {
        var now = time.GetUtcNow();
        var paramsJson = parameters.ToJson();
        var video = new Video
        {
            ChannelId = channel.Id,
            Topic = topic,
            Format = format,
            Status = VideoStatus.Queued,
            ParamsJson = paramsJson,
            CreatedAt = now,
            UpdatedAt = now,
            History = [new VideoStatusChange { Status = VideoStatus.Queued, At = now, Note = $"Queued with {priority.ToString().ToLowerInvariant()} priority" }],
        };
        var task = new GenerationTask
        {
            Id = Guid.CreateVersion7(now),
            Action = GenerationActions.Generate,
            ParamsJson = paramsJson,
            Priority = priority,
            Timestamp = now,
            QueuedAt = now,
            Status = VideoStatus.Queued,
            MaxAttempts = options.Value.MaxAttempts,
        };
        video.Tasks.Add(task);
        return (video, task);
    }

    private static async Task<(Video?, GenerationTask?)> LoadAsync(AppDbContext db, long videoId, CancellationToken ct)
    {
        var video = await db.Videos.FirstOrDefaultAsync(v => v.Id == videoId, ct);
        if (video is null) return (null, null);
        var task = await db.GenerationTasks.Where(t => t.VideoId == videoId && t.Action == GenerationActions.Generate)
            .OrderByDescending(t => t.QueuedAt).FirstOrDefaultAsync(ct);
        return (video, task);
    }

    private static string? ValidateTopic(string? topic, ValidationErrors errors)
    {
        var trimmed = topic?.Trim() ?? "";
        if (trimmed.Length == 0) errors.Add("topic", "Topic is required.");
        else if (trimmed.Length < TopicMinLength) errors.Add("topic", $"Topic must be at least {TopicMinLength} characters.");
        else if (trimmed.Length > TopicMaxLength) errors.Add("topic", $"Topic must be at most {TopicMaxLength} characters.");
        else if (trimmed.Any(c => char.IsControl(c) && c != '\t')) errors.Add("topic", "Topic must be a single line of text.");
        else return trimmed;
        return null;
    }

    public static TaskPriority ParsePriority(string? value, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return TaskPriority.Normal;
        if (Enum.TryParse<TaskPriority>(value.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p) && !int.TryParse(value, out _)) return p;
        errors.Add("priority", "Priority must be high, normal or low.");
        return TaskPriority.Normal;
    }

    private static VideoFormat ParseFormat(string? value, Channel channel, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return channel.ContentType == ContentType.Landscape ? VideoFormat.Landscape : VideoFormat.Shorts;
        if (Enum.TryParse<VideoFormat>(value.Trim(), ignoreCase: true, out var f) && Enum.IsDefined(f) && !int.TryParse(value, out _)) return f;
        errors.Add("format", "Format must be shorts or landscape.");
        return VideoFormat.Shorts;
    }

    private static GenerationParams ParseParams(Dictionary<string, JsonElement>? raw, ValidationErrors errors)
    {
        if (raw is null || raw.Count == 0) return new GenerationParams();
        int? targetSeconds = null, wpm = null;
        string? voice = null, style = null;
        foreach (var (key, value) in raw)
        {
            switch (key)
            {
                case "target_seconds":
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var s)) targetSeconds = s;
                    else errors.Add("params.target_seconds", "target_seconds must be a whole number of seconds.");
                    break;
                case "words_per_minute":
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var w) && w is >= 80 and <= 450) wpm = w;
                    else errors.Add("params.words_per_minute", "words_per_minute must be between 80 and 450.");
                    break;
                case "voice":
                    if (value.ValueKind == JsonValueKind.String && VoicePattern().IsMatch(value.GetString()!)) voice = value.GetString();
                    else errors.Add("params.voice", "voice must be an espeak-ng voice name such as en-us or en+f3.");
                    break;
                case "style":
                    if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length <= 200) style = value.GetString();
                    else errors.Add("params.style", "style must be text of at most 200 characters.");
                    break;
                default:
                    errors.Add($"params.{key}", $"Unknown parameter '{key}'. Known: target_seconds, voice, words_per_minute, style.");
                    break;
            }
        }
        return new GenerationParams { TargetSeconds = targetSeconds, WordsPerMinute = wpm, Voice = voice, Style = style };
    }

    private static void ValidateLength(GenerationParams p, VideoFormat format, ValidationErrors errors)
    {
        if (p.TargetSeconds is not { } seconds) return;
        if (format == VideoFormat.Shorts && seconds is < 10 or > 60) errors.Add("params.target_seconds", "A Short must be between 10 and 60 seconds.");
        if (format == VideoFormat.Landscape && seconds is < 15 or > 1200) errors.Add("params.target_seconds", "A landscape video must be between 15 and 1200 seconds.");
    }

    private static (string Topic, string? Priority, string? Format) SplitCsvLine(string text)
    {
        // Topics may contain commas; only a trailing ",priority" or ",priority,format" is split off.
        var parts = text.Split(',');
        if (parts.Length >= 3 && IsPriority(parts[^2]) && IsFormat(parts[^1]))
            return (string.Join(',', parts[..^2]).Trim().Trim('"'), parts[^2].Trim(), parts[^1].Trim());
        if (parts.Length >= 2 && IsPriority(parts[^1]))
            return (string.Join(',', parts[..^1]).Trim().Trim('"'), parts[^1].Trim(), null);
        return (text.Trim().Trim('"'), null, null);

        static bool IsPriority(string s) => s.Trim().ToLowerInvariant() is "high" or "normal" or "low";
        static bool IsFormat(string s) => s.Trim().ToLowerInvariant() is "shorts" or "landscape";
    }

    private void Publish(GenerationTask task, long channelId, string kind) =>
        events.Publish(new TaskChanged(time.GetUtcNow(), task.Id, task.VideoId, channelId, task.Status.ToWire(), task.Stage, task.Progress, task.CostUsd, kind));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_+-]{0,63}$")]
    private static partial Regex VoicePattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} queued for video {VideoId} of channel {ChannelId} ({Priority})")]
    private partial void LogQueued(Guid taskId, long videoId, long channelId, TaskPriority priority);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} of video {VideoId}: {Status}")]
    private partial void LogStatus(Guid taskId, long videoId, string status);
}
