using Microsoft.AspNetCore.Http.HttpResults;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Web.Api.V1;

public static class ChannelsEndpoints
{
    public static RouteGroupBuilder MapChannelsEndpoints(this RouteGroupBuilder api)
    {
        var channels = api.MapGroup("/channels").WithTags("Channels").RequireAuthorization(Policies.CanRead);

        channels.MapGet("/", async (IChannelService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(ct)).Select(ChannelDto.From).ToList()))
            .WithName("ListChannels").WithSummary("All channels, by name.");

        channels.MapGet("/{id:long}", async Task<Results<Ok<ChannelDto>, ProblemHttpResult>> (long id, IChannelService service, CancellationToken ct) =>
                await service.GetAsync(id, ct) is { } channel ? TypedResults.Ok(ChannelDto.From(channel)) : ApiResults.NotFound($"Channel {id} does not exist."))
            .WithName("GetChannel").WithSummary("One channel.");

        channels.MapPost("/", async Task<Results<Created<ChannelDto>, ValidationProblem, ProblemHttpResult>> (ChannelRequest request, IChannelService service, CancellationToken ct) =>
            {
                var result = await service.CreateAsync(request.ToInput(), ct);
                return result.IsOk
                    ? TypedResults.Created($"/api/v1/channels/{result.Value!.Id}", ChannelDto.From(result.Value))
                    : result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithName("CreateChannel").WithSummary("Creates a channel; only name is required.");

        channels.MapPut("/{id:long}", async Task<Results<Ok<ChannelDto>, ValidationProblem, ProblemHttpResult>> (long id, ChannelRequest request, IChannelService service, CancellationToken ct) =>
            {
                var result = await service.UpdateAsync(id, request.ToInput(), ct);
                return result.IsOk ? TypedResults.Ok(ChannelDto.From(result.Value!))
                    : result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithName("UpdateChannel").WithSummary("Changes the fields that are sent.");

        channels.MapDelete("/{id:long}", async Task<Results<NoContent, ProblemHttpResult>> (long id, IChannelService service, CancellationToken ct) =>
                await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : ApiResults.NotFound($"Channel {id} does not exist."))
            .RequireAuthorization(Policies.CanEdit)
            .WithName("DeleteChannel").WithSummary("Deletes a channel.");

        return api;
    }
}
