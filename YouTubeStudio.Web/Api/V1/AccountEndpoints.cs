using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using YouTubeStudio.Core.Audit;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Web.Api.V1;

/// <summary>API keys for automation and the audit log.</summary>
public static class AccountEndpoints
{
    public sealed record CreateKeyRequest(string? Name);
    public sealed record ApiKeyDto(long Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
    public sealed record CreatedKeyDto(long Id, string Name, string Key, string Prefix, DateTimeOffset CreatedAt);
    public sealed record AuditEventDto(long Id, DateTimeOffset At, string? UserId, string? UserEmail, string Action, string? Target, string? Details, string? IpAddress);

    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(Policies.CanRead);
        keys.MapGet("/", async (ClaimsPrincipal user, IApiKeyService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(UserId(user), ct)).Select(k => new ApiKeyDto(k.Id, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt)).ToList()))
            .WithName("ListApiKeys").WithSummary("Your API keys (never the secrets).");
        keys.MapPost("/", async Task<Results<Created<CreatedKeyDto>, ValidationProblem, ProblemHttpResult>> (CreateKeyRequest request, ClaimsPrincipal user, IApiKeyService service, CancellationToken ct) =>
            {
                var result = await service.CreateAsync(UserId(user), request.Name, ct);
                if (!result.IsOk) return result.Status == ResultStatus.Invalid ? ApiResults.Invalid(result) : ApiResults.Problem(result);
                var (key, secret) = result.Value;
                return TypedResults.Created($"/api/v1/api-keys/{key.Id}", new CreatedKeyDto(key.Id, key.Name, secret, key.Prefix, key.CreatedAt));
            })
            .WithName("CreateApiKey").WithSummary("Creates a key acting with your role; the key is shown only in this answer. Send it as X-Api-Key.");
        keys.MapDelete("/{id:long}", async Task<Results<NoContent, ProblemHttpResult>> (long id, ClaimsPrincipal user, IApiKeyService service, CancellationToken ct) =>
            {
                var result = await service.RevokeAsync(UserId(user), id, ct);
                return result.IsOk ? TypedResults.NoContent() : ApiResults.Problem(result);
            })
            .WithName("RevokeApiKey").WithSummary("Revokes one of your keys.");

        api.MapGet("/audit", async (string? search, int? limit, IAuditLog audit, CancellationToken ct) =>
                TypedResults.Ok((await audit.ListAsync(search, limit ?? 200, ct)).Select(e => new AuditEventDto(e.Id, e.At, e.UserId, e.UserEmail, e.Action, e.Target, e.Details, e.IpAddress)).ToList()))
            .RequireAuthorization(Policies.AdminOnly).WithTags("Audit").WithName("ListAudit").WithSummary("The audit log, newest first (Admin).");
        return api;
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
