namespace YouTubeStudio.Core.Backup;

/// <summary>One file inside a backup archive: its path in the archive, its size and its SHA-256 (lower-case hex).</summary>
public sealed record BackupManifestFile(string Path, long Size, string Sha256);
