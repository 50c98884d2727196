using Microsoft.AspNetCore.Http.HttpResults;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Web.Api.V1;

public static class InsightsEndpoints
{
    public static RouteGroupBuilder MapInsightsEndpoints(this RouteGroupBuilder api)
    {
        var ml = api.MapGroup("/ml").WithTags("Insights").RequireAuthorization(Policies.CanRead);

        ml.MapPost("/predict-trend", async Task<Results<Ok<ChannelForecast>, ValidationProblem, ProblemHttpResult>> (
                PredictTrendRequest request, IInsightsService insights, CancellationToken ct) =>
            {
                if (request.ChannelId is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["channel_id"] = ["channel_id is required."] });
                }
                if (request.ForecastDays is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["forecast_days"] = ["forecast_days is required (1–90)."] });
                }
                var result = await insights.PredictTrendAsync(request.ChannelId.Value, request.HistoricalDays ?? IInsightsService.DefaultHistoricalDays, request.ForecastDays.Value, ct);
                return Answer(result);
            })
            .WithName("PredictTrend")
            .WithSummary("Daily views forecast for forecast_days (1–90) from the last historical_days (7–1095, default 365) of the channel's analytics, with lower/upper bounds and the back-test against the naive baselines; a baseline is served when it wins.");

        ml.MapPost("/score-content", async Task<Results<Ok<ContentScore>, ValidationProblem, ProblemHttpResult>> (
                ScoreContentRequest request, IInsightsService insights, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                ContentType? format = null;
                if (!string.IsNullOrWhiteSpace(request.Format))
                {
                    format = request.Format.Trim().ToLowerInvariant() switch
                    {
                        "shorts" => ContentType.Shorts,
                        "landscape" => ContentType.Landscape,
                        _ => null,
                    };
                    if (format is null) errors["format"] = ["format is \"shorts\" or \"landscape\"."];
                }
                if (string.IsNullOrWhiteSpace(request.Title)) errors["title"] = ["A title is required."];
                if (request.Duration is < 0) errors["duration"] = ["duration is a number of seconds, 0 or more."];
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

                var tags = request.Tags?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
                var draft = new ContentDraft(request.Title!.Trim(), request.Description, tags, request.Duration, request.CategoryId, format, request.PublishAt);
                return Answer(await insights.ScoreContentAsync(draft, request.ChannelId, ct));
            })
            .WithName("ScoreContent")
            .WithSummary("0–100 score of a planned video with the reasons behind it: the channel's own model, else the installation-wide one, else the cold-start rules.");

        ml.MapPost("/train", async Task<Results<Ok<ModelVersionInfo>, ValidationProblem, ProblemHttpResult>> (
                TrainRequest? request, IInsightsService insights, CancellationToken ct) =>
                Answer(await insights.TrainAsync(request?.ChannelId, ct)))
            .RequireAuthorization(Policies.CanEdit)
            .WithName("TrainContentModel")
            .WithSummary("Trains a content model on the channel's published videos (at least 30), or across all channels when channel_id is absent (at least 20), and makes it the active version.");

        ml.MapGet("/models", async (IInsightsService insights, CancellationToken ct) =>
                TypedResults.Ok(await insights.ListModelVersionsAsync(ct)))
            .WithName("ListModelVersions").WithSummary("Every content model version with its held-out evaluation, newest first.");

        return api;
    }

    /// <summary>Ok, 400 for field errors, 404, or 422 when the data is too thin (the not_enough_data error).</summary>
    private static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Answer<T>(Result<T> result)
    {
        if (result.IsOk) return TypedResults.Ok(result.Value!);
        if (result.Status == ResultStatus.Invalid && result.Errors.TryGetValue(IInsightsService.NotEnoughDataKey, out var reasons))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not enough data", detail: string.Join(" ", reasons));
        }
        return result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
    }
}
