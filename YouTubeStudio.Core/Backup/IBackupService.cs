namespace YouTubeStudio.Core.Backup;

/// <summary>
/// Backups of the installation: one zip archive with the database (SQLite online backup or pg_dump),
/// the Data Protection keys and optionally the media, kept in <c>Storage:Root/backups</c>.
/// </summary>
public interface IBackupService
{
    /// <summary>Writes a new archive and returns it; <see cref="BackupException"/> when the database cannot be copied (e.g. pg_dump missing).</summary>
    Task<BackupInfo> CreateAsync(bool includeMedia, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The archives, newest first.</summary>
    Task<IReadOnlyList<BackupInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Opens an archive for download; null when there is none by that name. <see cref="ArgumentException"/> for a name that is not a backup name.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes an archive; false when there was none by that name. <see cref="ArgumentException"/> for a name that is not a backup name.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates an archive (manifest, checksums, entry paths, provider) and stages it in
    /// <c>Storage:Root/restore-pending</c>; the app applies it at its next start. SQLite only:
    /// PostgreSQL is restored with pg_restore. <see cref="BackupException"/> when the archive is refused.
    /// </summary>
    Task<BackupManifest> RestoreAsync(Stream archive, CancellationToken cancellationToken = default);

    /// <summary>True when a staged restore waits for the next start.</summary>
    bool IsRestorePending { get; }
}
