using YouTubeStudio.Core.Backup;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Tests.Backup;

/// <summary>Staging a restore checks first that what the manifest lists fits in the data folder's free space.</summary>
public sealed class BackupRestoreSpaceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ytstudio-restore-space-{Guid.NewGuid():N}");

    [Fact]
    public async Task Stage_WhenTheArchiveDoesNotFit_IsRefusedBeforeWritingAnything()
    {
        var archive = await WriteArchiveAsync();

        var refused = await Assert.ThrowsAsync<BackupException>(() =>
            BackupRestorer.StageAsync(archive, _root, DatabaseProvider.Sqlite, freeBytes: _ => 10 * 1024 * 1024));

        Assert.Contains("free in the data folder", refused.Message);
        Assert.Equal([Path.Combine(_root, "archive.zip")], Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public async Task Stage_WhenItFits_StagesTheArchive()
    {
        var archive = await WriteArchiveAsync();
        string? asked = null;

        await BackupRestorer.StageAsync(archive, _root, DatabaseProvider.Sqlite, freeBytes: folder =>
        {
            asked = folder;
            return 1L << 40;
        });

        Assert.Equal(Path.GetFullPath(_root), asked);
        Assert.True(File.Exists(Path.Combine(_root, BackupArchive.PendingFolder, "database", "studio.db")));
    }

    private async Task<string> WriteArchiveAsync()
    {
        Directory.CreateDirectory(_root);
        var path = Path.Combine(_root, "archive.zip");
        await using var archive = BackupTestArchives.Build(DatabaseProvider.Sqlite, ("database/studio.db", "db"));
        await using var file = File.Create(path);
        await archive.CopyToAsync(file);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
