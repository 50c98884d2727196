using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Backup;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Web.Api.V1;

public static class BackupEndpoints
{
    public const string RestartMessage = "Restore staged: restart the app to apply it. The current data is moved to before-restore-<time> in the data folder.";

    public static RouteGroupBuilder MapBackupEndpoints(this RouteGroupBuilder api)
    {
        var backups = api.MapGroup("/backups").WithTags("Backups").RequireAuthorization(Policies.AdminOnly);

        backups.MapGet("/", async (IBackupService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(ct)).Select(BackupDto.From).ToList()))
            .WithName("ListBackups").WithSummary("The backup archives, newest first.");

        backups.MapPost("/", async Task<Results<Created<BackupDto>, ProblemHttpResult>> (CreateBackupRequest? request, IBackupService service, CancellationToken ct) =>
            {
                try
                {
                    var info = await service.CreateAsync(request?.IncludeMedia ?? false, null, ct);
                    return TypedResults.Created($"/api/v1/backups/{info.Name}", BackupDto.From(info));
                }
                catch (BackupException ex)
                {
                    return TypedResults.Problem(statusCode: 500, title: "Backup failed", detail: ex.Message);
                }
            })
            .WithName("CreateBackup").WithSummary("Writes a backup archive (database, keys and, with include_media, the media).");

        backups.MapGet("/{name}", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (string name, IBackupService service, CancellationToken ct) =>
            {
                try
                {
                    var stream = await service.OpenReadAsync(name, ct);
                    return stream is null ? ApiResults.NotFound($"There is no backup '{name}'.")
                        : TypedResults.Stream(stream, "application/zip", name);
                }
                catch (ArgumentException)
                {
                    return InvalidName(name);
                }
            })
            .WithName("DownloadBackup").WithSummary("Streams a backup archive.");

        backups.MapDelete("/{name}", async Task<Results<NoContent, ProblemHttpResult>> (string name, IBackupService service, CancellationToken ct) =>
            {
                try
                {
                    return await service.DeleteAsync(name, ct) ? TypedResults.NoContent() : ApiResults.NotFound($"There is no backup '{name}'.");
                }
                catch (ArgumentException)
                {
                    return InvalidName(name);
                }
            })
            .WithName("DeleteBackup").WithSummary("Deletes a backup archive.");

        backups.MapPost("/restore", async Task<Results<Accepted<RestoreStagedDto>, ProblemHttpResult>> (HttpContext http, IBackupService service, IOptions<BackupOptions> options, CancellationToken ct) =>
            {
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = options.Value.MaxUploadBytes;
                }
                try
                {
                    var manifest = await service.RestoreAsync(http.Request.Body, ct);
                    return TypedResults.Accepted((string?)null, new RestoreStagedDto(manifest.CreatedAt, manifest.Counts.Channels, manifest.Counts.Videos, manifest.IncludesMedia, RestartMessage));
                }
                catch (BackupException ex)
                {
                    return TypedResults.Problem(statusCode: 400, title: "Restore refused", detail: ex.Message);
                }
                catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return TypedResults.Problem(statusCode: 413, title: "Archive too large", detail: $"The archive exceeds Backup:MaxUploadBytes ({options.Value.MaxUploadBytes} bytes).");
                }
            })
            .WithName("RestoreBackup").WithSummary("Validates an uploaded archive (body: the zip) and stages it; the restore is applied at the next start. SQLite only.");

        return api;
    }

    private static ProblemHttpResult InvalidName(string name) =>
        TypedResults.Problem(statusCode: 400, title: "Invalid backup name", detail: $"'{name}' is not a backup name.");
}
