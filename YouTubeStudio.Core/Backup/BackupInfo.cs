namespace YouTubeStudio.Core.Backup;

/// <summary>An archive in <c>Storage:Root/backups</c>.</summary>
public sealed record BackupInfo(string Name, long SizeBytes, DateTimeOffset CreatedAt);
