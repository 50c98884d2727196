using Microsoft.AspNetCore.Http.HttpResults;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Core.YouTube.Integration;
using YouTubeStudio.Core.YouTube.Publishing;

namespace YouTubeStudio.Web.Api.V1;

public static class YouTubeEndpoints
{
    public sealed record LinkStatusDto(long ChannelId, string State, IReadOnlyList<string> Scopes, DateTimeOffset? ConnectedAt, string? Message, string ConnectUrl);

    public static RouteGroupBuilder MapYouTubeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/channels/{id:long}/youtube", async Task<Results<Ok<LinkStatusDto>, ProblemHttpResult>> (long id, YouTubeStudio.Core.Channels.IChannelService channels, IYouTubeChannelLink link, CancellationToken ct) =>
            {
                if (await channels.GetAsync(id, ct) is null) return ApiResults.NotFound($"Channel {id} does not exist.");
                var status = await link.GetStatusAsync(id, ct);
                return TypedResults.Ok(new LinkStatusDto(id, System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.State.ToString()), status.Scopes, status.ConnectedAt, status.Message, $"/youtube/connect/{id}"));
            })
            .RequireAuthorization(Policies.CanRead).WithTags("YouTube").WithName("GetYouTubeLink").WithSummary("The channel's YouTube connection.");

        api.MapPost("/channels/{id:long}/youtube/disconnect", async Task<Results<NoContent, ProblemHttpResult>> (long id, IYouTubeChannelLink link, CancellationToken ct) =>
            {
                var result = await link.DisconnectAsync(id, ct);
                return result.IsOk ? TypedResults.NoContent() : ApiResults.Problem(result);
            })
            .RequireAuthorization(Policies.CanEdit).WithTags("YouTube").WithName("DisconnectYouTube").WithSummary("Revokes and deletes the channel's tokens.");

        api.MapPost("/videos/{id:long}/publish", async Task<Results<Accepted<TaskDto>, ValidationProblem, ProblemHttpResult>> (long id, PublishRequest request, IPublishService publish, CancellationToken ct) =>
            {
                var result = await publish.QueuePublishAsync(id, request, ct);
                if (result.IsOk) return TypedResults.Accepted($"/api/v1/tasks/{result.Value!.Id}", TaskDto.From(result.Value));
                return result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
            })
            .RequireAuthorization(Policies.CanEdit).WithTags("YouTube").WithName("PublishVideo").WithSummary("Uploads a ready video to YouTube (optionally scheduled with publish_at).");

        api.MapGet("/youtube/quota", async (YouTubeQuota quota, CancellationToken ct) => TypedResults.Ok(await quota.GetTodayAsync(ct)))
            .RequireAuthorization(Policies.CanRead).WithTags("YouTube").WithName("YouTubeQuota").WithSummary("Quota units spent today (Pacific time) against the daily limit.");
        return api;
    }
}
