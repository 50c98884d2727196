using Microsoft.AspNetCore.Http.HttpResults;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Web.Api.V1;

public static class VideosEndpoints
{
    public const string VideoFile = "video.mp4";
    public const string ThumbnailFile = "thumbnail.png";

    public static RouteGroupBuilder MapVideosEndpoints(this RouteGroupBuilder api)
    {
        var videos = api.MapGroup("/videos").WithTags("Videos").RequireAuthorization(Policies.CanRead);

        videos.MapPost("/generate", async Task<Results<Accepted<GenerateAccepted>, ValidationProblem, ProblemHttpResult>> (GenerateRequest request, IGenerationQueue queue, CancellationToken ct) =>
            {
                var result = await queue.SubmitAsync(request, ct);
                if (!result.IsOk) return result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
                var accepted = result.Value!;
                return TypedResults.Accepted($"/api/v1/tasks/{accepted.TaskId}", new GenerateAccepted(accepted.TaskId, accepted.VideoId, accepted.Status.ToWire()));
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithName("GenerateVideo").WithSummary("Queues a video; answers 202 with the task id at once.");

        videos.MapPost("/generate/bulk", async Task<Results<Ok<BulkResult>, ValidationProblem, ProblemHttpResult>> (BulkRequest request, IGenerationQueue queue, CancellationToken ct) =>
            {
                if (request.ChannelId is not { } channelId) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["channel_id"] = ["channel_id is required."] });
                var lines = request.Topics ?? (request.Csv ?? "").Split('\n');
                var result = await queue.SubmitBulkAsync(channelId, lines, request.Format, request.Priority, ct);
                if (!result.IsOk) return result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
                return TypedResults.Ok(result.Value!);
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithName("GenerateVideosBulk").WithSummary("Queues one video per topic (a list, or CSV lines topic[,priority[,format]]).");

        videos.MapGet("/", async (long? channelId, string? status, string? search, int? limit, IVideoService service, CancellationToken ct) =>
            {
                var statuses = ParseStatuses(status);
                var items = await service.ListAsync(new VideoFilter(channelId, statuses, search, limit ?? 200), ct);
                return TypedResults.Ok(items.Select(i => VideoDto.From(i.Video, i.ChannelName, i.CapUsd, false, false)).ToList());
            })
            .WithName("ListVideos").WithSummary("Videos, newest first; filter by channel_id, status (comma-separated) and search.");

        videos.MapGet("/{id:long}", async Task<Results<Ok<VideoDto>, ProblemHttpResult>> (long id, IVideoService service, IGenerationQueue queue, IMediaStore media, CancellationToken ct) =>
            {
                var video = await service.GetAsync(id, ct);
                if (video is null) return ApiResults.NotFound($"Video {id} does not exist.");
                var task = await queue.GetTaskForVideoAsync(id, ct);
                return TypedResults.Ok(VideoDto.From(video, null, null, media.Find(id, VideoFile) is not null, media.Find(id, ThumbnailFile) is not null, task is null ? null : TaskDto.From(task)));
            })
            .WithName("GetVideo").WithSummary("A video with its status history, cost total and task.");

        videos.MapPost("/{id:long}/cancel", (long id, IGenerationQueue queue, CancellationToken ct) => TaskResultAsync(queue.CancelAsync(id, ct)))
            .RequireAuthorization(Policies.CanEdit).WithName("CancelVideo").WithSummary("Cancels a queued or running video.");
        videos.MapPost("/{id:long}/retry", (long id, IGenerationQueue queue, CancellationToken ct) => TaskResultAsync(queue.RetryAsync(id, ct)))
            .RequireAuthorization(Policies.CanEdit).WithName("RetryVideo").WithSummary("Retries a failed or cancelled video from its failed stage.");
        videos.MapPost("/{id:long}/requeue", (long id, IGenerationQueue queue, CancellationToken ct) => TaskResultAsync(queue.RequeueAsync(id, ct)))
            .RequireAuthorization(Policies.CanEdit).WithName("RequeueVideo").WithSummary("Generates a video again from scratch.");

        videos.MapDelete("/{id:long}", async Task<Results<NoContent, ProblemHttpResult>> (long id, IGenerationQueue queue, CancellationToken ct) =>
            {
                var result = await queue.DeleteAsync(id, ct);
                return result.IsOk ? TypedResults.NoContent() : ApiResults.Problem(result);
            })
            .RequireAuthorization(Policies.CanEdit).WithName("DeleteVideo").WithSummary("Deletes a video, its costs and its files.");

        videos.MapGet("/{id:long}/video", (long id, IMediaStore media) => Artifact(media, id, VideoFile, "video/mp4"))
            .WithName("GetVideoFile").WithSummary("The MP4 (HTTP range requests supported).");
        videos.MapGet("/{id:long}/thumbnail", (long id, IMediaStore media) => Artifact(media, id, ThumbnailFile, "image/png"))
            .WithName("GetThumbnail").WithSummary("The thumbnail PNG.");

        videos.MapGet("/{id:long}/costs", async Task<Results<Ok<VideoCostsDto>, ProblemHttpResult>> (long id, ICostService costs, CancellationToken ct) =>
                await costs.GetVideoCostsAsync(id, ct) is { } c
                    ? TypedResults.Ok(new VideoCostsDto(id, c.TotalUsd, c.Entries.Select(CostEntryDto.From).ToList()))
                    : ApiResults.NotFound($"Video {id} does not exist."))
            .WithName("GetVideoCosts").WithSummary("The video's cost entries and total.");

        var tasks = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(Policies.CanRead);
        tasks.MapGet("/{taskId:guid}", async Task<Results<Ok<TaskDto>, ProblemHttpResult>> (Guid taskId, IGenerationQueue queue, CancellationToken ct) =>
                await queue.GetTaskAsync(taskId, ct) is { } view ? TypedResults.Ok(TaskDto.From(view.Task)) : ApiResults.NotFound($"Task {taskId} does not exist."))
            .WithName("GetTask").WithSummary("The queue message with status, stage, progress, attempts and last error.");
        tasks.MapGet("/", async (string? status, long? channelId, string? priority, IGenerationQueue queue, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var p = string.IsNullOrEmpty(priority) ? (YouTubeStudio.Core.Generation.TaskPriority?)null : GenerationQueue.ParsePriority(priority, errors);
                var views = await queue.ListTasksAsync(new TaskFilter(ParseStatuses(status), channelId, p), ct);
                return TypedResults.Ok(views.Select(v => TaskDto.From(v.Task)).ToList());
            })
            .WithName("ListTasks").WithSummary("Tasks, newest first; filter by status, channel_id, priority.");

        var costs = api.MapGroup("/costs").WithTags("Costs").RequireAuthorization(Policies.CanRead);
        costs.MapGet("/summary", async (DateOnly? from, DateOnly? to, long? channelId, ICostService service, TimeProvider time, CancellationToken ct) =>
            {
                var end = to ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                var start = from ?? end.AddDays(-29);
                if (start > end) return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["from must not be after to."] });
                if (end.DayNumber - start.DayNumber > 3660) return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["The range may span at most ten years."] });
                return Results.Ok(await service.SummarizeAsync(start, end, channelId, ct));
            })
            .WithName("CostSummary").WithSummary("Cost per stage, channel, day and video in a date range.");
        return api;
    }

    private static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> TaskResultAsync(Task<Result<YouTubeStudio.Core.Generation.GenerationTask>> pending)
    {
        var result = await pending;
        return result.IsOk ? TypedResults.Ok(TaskDto.From(result.Value!)) : ApiResults.Problem(result);
    }

    private static IResult Artifact(IMediaStore media, long id, string name, string contentType)
    {
        var stream = media.OpenRead(id, name);
        return stream is null
            ? TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"Video {id} has no {name} (yet).")
            : TypedResults.File(stream, contentType, enableRangeProcessing: true);
    }

    private static List<VideoStatus>? ParseStatuses(string? csv) =>
        string.IsNullOrWhiteSpace(csv) ? null
            : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => VideoStatusExtensions.TryParseWire(s, out var st) ? st : (VideoStatus?)null)
                .OfType<VideoStatus>().ToList();
}
