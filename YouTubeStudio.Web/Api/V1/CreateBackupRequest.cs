namespace YouTubeStudio.Web.Api.V1;

/// <summary>The optional body of <c>POST /api/v1/backups</c>: <c>{"include_media": true}</c>.</summary>
public sealed record CreateBackupRequest(bool IncludeMedia = false);
