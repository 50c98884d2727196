using YouTubeStudio.Core.Backup;

namespace YouTubeStudio.Web.Api.V1;

/// <summary>A backup archive: <c>{"name": "...zip", "size": 12345, "created_at": "..."}</c>.</summary>
public sealed record BackupDto(string Name, long Size, DateTimeOffset CreatedAt)
{
    public static BackupDto From(BackupInfo info) => new(info.Name, info.SizeBytes, info.CreatedAt);
}
