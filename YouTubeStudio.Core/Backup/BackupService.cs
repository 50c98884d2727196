using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Audit;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Storage;

namespace YouTubeStudio.Core.Backup;

internal sealed partial class BackupService(
    IOptions<StorageOptions> storage,
    IOptions<DatabaseOptions> database,
    IOptions<BackupOptions> options,
    IDbContextFactory<AppDbContext> dbFactory,
    IAuditLog audit,
    TimeProvider time,
    ILogger<BackupService> logger) : IBackupService
{
    // One backup at a time: two would race for the name and double the disk load.
    private readonly SemaphoreSlim _gate = new(1, 1);

    private string Root => storage.Value.FullRoot;
    private string BackupsFolder => Path.Combine(Root, BackupArchive.BackupsFolder);

    public bool IsRestorePending => BackupRestorer.IsPending(Root);

    public async Task<BackupInfo> CreateAsync(bool includeMedia, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        var work = Path.Combine(BackupsFolder, $".tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(work);
            progress?.Report(0);
            var provider = database.Value.Provider;
            var counts = await CountAsync(cancellationToken);

            // (path in archive, file on disk, compression)
            var files = new List<(string Entry, string Source, CompressionLevel Level)>();
            if (provider == DatabaseProvider.Postgres)
            {
                var pgDump = options.Value.PgDumpPath is { Length: > 0 } configured ? configured
                    : PgDump.Find(Environment.GetEnvironmentVariable("PATH"), "/usr/lib/postgresql");
                if (pgDump is null || !File.Exists(pgDump)) throw new BackupException(PgDump.NotFoundMessage);
                var dump = Path.Combine(work, BackupArchive.PostgresDumpFileName);
                await PgDump.RunAsync(pgDump, database.Value.PostgresConnectionString!, dump, cancellationToken);
                // The custom format is compressed already.
                files.Add(($"{BackupArchive.DatabaseFolder}/{BackupArchive.PostgresDumpFileName}", dump, CompressionLevel.NoCompression));
            }
            else
            {
                foreach (var db in new[] { BackupArchive.SqliteFileName, BackupArchive.QuartzFileName })
                {
                    var source = Path.Combine(Root, db);
                    if (!File.Exists(source)) continue;
                    var copy = Path.Combine(work, db);
                    await Task.Run(() => CopySqlite(source, copy), cancellationToken);
                    files.Add(($"{BackupArchive.DatabaseFolder}/{db}", copy, CompressionLevel.Optimal));
                }
            }
            progress?.Report(0.05);
            files.AddRange(FolderFiles(BackupArchive.KeysFolder, CompressionLevel.Optimal));
            if (includeMedia) files.AddRange(FolderFiles(BackupArchive.MediaFolder, CompressionLevel.Fastest));

            var name = NewName();
            var temp = Path.Combine(work, name);
            var total = Math.Max(1, files.Sum(f => new FileInfo(f.Source).Length));
            long done = 0;
            var manifestFiles = new List<BackupManifestFile>(files.Count);
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true))
            {
                using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                {
                    foreach (var (entryName, source, level) in files)
                    {
                        var entry = zip.CreateEntry(entryName, level);
                        entry.LastWriteTime = File.GetLastWriteTimeUtc(source);
                        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
                        await using var target = entry.Open();
                        var (size, sha) = await BackupArchive.CopyHashedAsync(input, target, n =>
                        {
                            done += n;
                            progress?.Report(0.05 + (0.9 * Math.Min(1, (double)done / total)));
                        }, cancellationToken);
                        manifestFiles.Add(new BackupManifestFile(entryName, size, sha));
                    }
                    var manifest = new BackupManifest(BackupManifest.CurrentFormat, AppVersion(), provider, time.GetUtcNow(), includeMedia, counts, manifestFiles);
                    var manifestEntry = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
                    await using var manifestStream = manifestEntry.Open();
                    await JsonSerializer.SerializeAsync(manifestStream, manifest, BackupManifest.Json, cancellationToken);
                }
                await output.FlushAsync(cancellationToken);
            }
            var final = Path.Combine(BackupsFolder, name);
            File.Move(temp, final);
            var info = Info(new FileInfo(final));
            progress?.Report(1);
            LogCreated(name, info.SizeBytes, provider, includeMedia);
            await audit.RecordAsync("backup.create", name, $"{info.SizeBytes} bytes, media: {(includeMedia ? "yes" : "no")}", CancellationToken.None);
            return info;
        }
        finally
        {
            try
            {
                if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            }
            catch (IOException ex)
            {
                LogCleanupFailed(ex, work);
            }
            _gate.Release();
        }
    }

    public Task<IReadOnlyList<BackupInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<BackupInfo> list = Directory.Exists(BackupsFolder)
            ? new DirectoryInfo(BackupsFolder).EnumerateFiles("*.zip")
                .Where(f => BackupArchive.IsValidName(f.Name))
                .Select(Info)
                .OrderByDescending(b => b.Name, StringComparer.Ordinal)
                .ToList()
            : [];
        return Task.FromResult(list);
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        await audit.RecordAsync("backup.delete", name, cancellationToken: CancellationToken.None);
        return true;
    }

    public async Task<BackupManifest> RestoreAsync(Stream archive, CancellationToken cancellationToken = default)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupException("This installation runs on PostgreSQL: restore its dump with pg_restore --clean --if-exists (see the README); the app does not overwrite a PostgreSQL database.");
        }
        Directory.CreateDirectory(Root);
        // Zip needs a seekable stream; uploads are spooled to disk rather than buffered in memory.
        var spool = Path.Combine(Root, $"restore-upload-{Guid.NewGuid():N}.zip");
        try
        {
            await using (var file = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await archive.CopyToAsync(file, cancellationToken);
            }
            var manifest = await BackupRestorer.StageAsync(spool, Root, DatabaseProvider.Sqlite, cancellationToken);
            LogStaged(manifest.CreatedAt);
            await audit.RecordAsync("backup.restore_staged", $"backup of {manifest.CreatedAt:u}",
                $"{manifest.Counts.Channels} channels, {manifest.Counts.Videos} videos, media: {(manifest.IncludesMedia ? "yes" : "no")}", CancellationToken.None);
            return manifest;
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private string PathOf(string name)
    {
        if (!BackupArchive.IsValidName(name)) throw new ArgumentException($"'{name}' is not a backup name.", nameof(name));
        return Path.Combine(BackupsFolder, name);
    }

    private string NewName()
    {
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"{BackupArchive.NamePrefix}{stamp}.zip";
        for (var i = 2; File.Exists(Path.Combine(BackupsFolder, name)); i++) name = $"{BackupArchive.NamePrefix}{stamp}-{i}.zip";
        return name;
    }

    private IEnumerable<(string Entry, string Source, CompressionLevel Level)> FolderFiles(string folder, CompressionLevel level)
    {
        var path = Path.Combine(Root, folder);
        if (!Directory.Exists(path)) return [];
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => ($"{folder}/{Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/')}", f, level))
            .Where(f => BackupArchive.IsSafeEntryPath(f.Item1))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<BackupCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return new BackupCounts(await db.Channels.CountAsync(cancellationToken), await db.Videos.CountAsync(cancellationToken));
    }

    private static void CopySqlite(string source, string destination)
    {
        // The online backup API copies a consistent snapshot while the app keeps writing.
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Pooling = false, DefaultTimeout = 30 }.ConnectionString);
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString);
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }

    private static BackupInfo Info(FileInfo file) => new(file.Name, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));

    private static string AppVersion() =>
        typeof(BackupService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BackupService).Assembly.GetName().Version?.ToString() ?? "unknown";

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {Name} created ({Size} bytes, provider {Provider}, media {IncludesMedia})")]
    private partial void LogCreated(string name, long size, DatabaseProvider provider, bool includesMedia);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Restore of the backup created at {CreatedAt:u} staged; it is applied at the next start")]
    private partial void LogStaged(DateTimeOffset createdAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the backup work folder {Folder}")]
    private partial void LogCleanupFailed(Exception ex, string folder);
}
