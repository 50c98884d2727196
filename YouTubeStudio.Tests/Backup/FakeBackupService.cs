using YouTubeStudio.Core.Backup;

namespace YouTubeStudio.Tests.Backup;

/// <summary>An in-memory <see cref="IBackupService"/> for page tests.</summary>
internal sealed class FakeBackupService : IBackupService
{
    public List<BackupInfo> Backups { get; } = [];

    public List<bool> Created { get; } = [];

    public bool IsRestorePending { get; set; }

    public Task<BackupInfo> CreateAsync(bool includeMedia, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Created.Add(includeMedia);
        progress?.Report(0.5);
        progress?.Report(1);
        var info = new BackupInfo($"youtube-studio-backup-20261125-1400{Created.Count:00}.zip", 3 * 1024 * 1024, new DateTimeOffset(2026, 11, 25, 14, 0, Created.Count, TimeSpan.Zero));
        Backups.Insert(0, info);
        return Task.FromResult(info);
    }

    public Task<IReadOnlyList<BackupInfo>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<BackupInfo>>([.. Backups]);

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult<Stream?>(null);

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(Backups.RemoveAll(b => b.Name == name) > 0);

    public Task<BackupManifest> RestoreAsync(Stream archive, CancellationToken cancellationToken = default) =>
        throw new BackupException("not used");
}
