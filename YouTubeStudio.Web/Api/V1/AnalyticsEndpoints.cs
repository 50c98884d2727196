using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Web.Api.V1;

public static class AnalyticsEndpoints
{
    /// <summary>The longest range the dashboard answers (three years).</summary>
    public const int MaxRangeDays = 3 * 366;

    public const int DefaultRangeDays = 28;

    public static RouteGroupBuilder MapAnalyticsEndpoints(this RouteGroupBuilder api)
    {
        var analytics = api.MapGroup("/analytics").WithTags("Analytics").RequireAuthorization(Policies.CanRead);

        analytics.MapGet("/dashboard", async Task<Results<Ok<AnalyticsDashboard>, ValidationProblem, ProblemHttpResult>> (
                [FromQuery(Name = "channel_id")] long? channelId, string? from, string? to, IAnalyticsService service, TimeProvider time, CancellationToken ct) =>
            {
                if (!TryParseRange(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var range, out var errors))
                {
                    return TypedResults.ValidationProblem(errors);
                }
                var dashboard = await service.GetDashboardAsync(channelId, range.From, range.To, cancellationToken: ct);
                return dashboard is null ? ApiResults.NotFound($"Channel {channelId} does not exist.") : TypedResults.Ok(dashboard);
            })
            .WithName("GetAnalyticsDashboard")
            .WithSummary("KPIs with change against the previous period, daily series, top videos, channels and cost against revenue; from/to are ISO dates, both included (default: the last 28 days).");

        analytics.MapGet("/videos/{youtubeVideoId}", async Task<Results<Ok<VideoSeries>, ValidationProblem, ProblemHttpResult>> (
                string youtubeVideoId, [FromQuery(Name = "channel_id")] long? channelId, string? from, string? to, IAnalyticsService service, TimeProvider time, CancellationToken ct) =>
            {
                if (channelId is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["channel_id"] = ["channel_id is required."] });
                if (!TryParseRange(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var range, out var errors))
                {
                    return TypedResults.ValidationProblem(errors);
                }
                var series = await service.GetVideoSeriesAsync(channelId.Value, youtubeVideoId, range.From, range.To, ct);
                return series is null ? ApiResults.NotFound($"Channel {channelId} has no video {youtubeVideoId}.") : TypedResults.Ok(series);
            })
            .WithName("GetVideoAnalytics").WithSummary("One video's daily series and totals.");

        analytics.MapPost("/import", async Task<Results<Ok<ImportPreviewDto>, ValidationProblem, ProblemHttpResult>> (
                HttpRequest request, IAnalyticsImporter importer, IOptions<AnalyticsImportOptions> options, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send multipart/form-data with a file, channel_id and commit."] });
                }
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(ct);
                }
                catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return TooLarge(options.Value.MaxBytes);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException)
                {
                    // A body that is not the multipart it claims to be (no boundary, cut off, over the form limits) is the client's mistake.
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"The multipart body cannot be read: {ex.Message}"] });
                }
                var errors = new Dictionary<string, string[]>();
                var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
                if (file is null) errors["file"] = ["A CSV file is required."];
                var channelText = form["channel_id"].FirstOrDefault() ?? request.Query["channel_id"].FirstOrDefault();
                if (!long.TryParse(channelText, NumberStyles.None, CultureInfo.InvariantCulture, out var channelId)) errors["channel_id"] = ["channel_id is required (a channel's id)."];
                var commitText = form["commit"].FirstOrDefault() ?? request.Query["commit"].FirstOrDefault() ?? "false";
                if (!bool.TryParse(commitText, out var commit)) errors["commit"] = ["commit is true or false."];
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
                if (file!.Length > options.Value.MaxBytes) return TooLarge(options.Value.MaxBytes);

                await using var stream = file.OpenReadStream();
                var result = commit
                    ? await importer.CommitAsync(channelId, stream, file.FileName, ct)
                    : await importer.PreviewAsync(channelId, stream, file.FileName, ct);
                return result.Failure switch
                {
                    ImportFailure.None => TypedResults.Ok(ImportPreviewDto.From(result)),
                    ImportFailure.UnknownChannel => ApiResults.NotFound(result.Message ?? "No such channel."),
                    ImportFailure.TooLarge => TooLarge(options.Value.MaxBytes),
                    _ => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file cannot be imported", detail: result.Message,
                        extensions: new Dictionary<string, object?>
                        {
                            ["reason"] = result.Failure.ToString(),
                            ["format"] = ImportPreviewDto.Wire(result.Format),
                            ["row_errors"] = result.Parsed.Errors,
                        }),
                };
            })
            .RequireAuthorization(Policies.CanEdit)
            .DisableAntiforgery()
            .WithName("ImportAnalytics")
            .WithSummary("Imports a CSV (YouTube Studio chart/table data, or our channel-daily and video-list formats): multipart file, channel_id and commit=false (preview) or true (write).");

        analytics.MapPost("/demo", async Task<Results<Created<DemoLoadResult>, Ok<DemoLoadResult>>> (IDemoDataService demo, CancellationToken ct) =>
            {
                var result = await demo.LoadDemoChannelAsync(ct);
                return result.Created
                    ? TypedResults.Created($"/api/v1/channels/{result.ChannelId}", result)
                    : TypedResults.Ok(result);
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithName("LoadDemoChannel").WithSummary("Creates the demo channel with a year of synthetic analytics (201), or refreshes it (200).");

        analytics.MapDelete("/demo", async Task<Results<NoContent, ProblemHttpResult>> (IDemoDataService demo, CancellationToken ct) =>
                await demo.RemoveDemoAsync(ct) ? TypedResults.NoContent() : ApiResults.NotFound("There is no demo channel."))
            .RequireAuthorization(Policies.CanEdit)
            .WithName("RemoveDemoChannel").WithSummary("Deletes the demo channel and all its data.");

        return api;
    }

    private static ProblemHttpResult TooLarge(long maxBytes) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large",
            detail: $"The file is larger than the limit of {maxBytes / 1024.0 / 1024.0:0.#} MB (Analytics:Import:MaxBytes).");

    /// <summary>Parses an inclusive ISO date range; the default is the last <see cref="DefaultRangeDays"/> days ending today.</summary>
    public static bool TryParseRange(string? from, string? to, DateOnly today, out (DateOnly From, DateOnly To) range, out Dictionary<string, string[]> errors)
    {
        errors = [];
        DateOnly? f = null, t = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) f = d;
            else errors["from"] = ["from is an ISO date (yyyy-MM-dd)."];
        }
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (DateOnly.TryParseExact(to.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) t = d;
            else errors["to"] = ["to is an ISO date (yyyy-MM-dd)."];
        }
        var end = t ?? (f is { } start && start > today ? start.AddDays(DefaultRangeDays - 1) : today);
        var begin = f ?? end.AddDays(-(DefaultRangeDays - 1));
        range = (begin, end);
        if (errors.Count > 0) return false;
        if (begin > end) errors["from"] = ["from must not be after to."];
        else if (end.DayNumber - begin.DayNumber + 1 > MaxRangeDays) errors["to"] = [$"The range spans more than {MaxRangeDays} days (3 years)."];
        return errors.Count == 0;
    }
}
