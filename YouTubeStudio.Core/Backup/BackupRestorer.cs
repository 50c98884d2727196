using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Storage;

namespace YouTubeStudio.Core.Backup;

/// <summary>
/// Restores in two steps, because swapping a live SQLite database under a running app is unsafe:
/// <see cref="StageAsync"/> validates an archive and unpacks it into <c>Storage:Root/restore-pending</c>;
/// <see cref="ApplyPendingRestore"/>, called at start-up before anything opens the data folder,
/// moves the current files into <c>before-restore-&lt;time&gt;</c> and puts the restored ones in place.
/// </summary>
public static class BackupRestorer
{
    /// <summary>
    /// Validates <paramref name="archivePath"/> (manifest, entry paths, SHA-256 of every file, provider) and
    /// unpacks it into <c>restore-pending</c>, replacing a restore staged earlier. Throws <see cref="BackupException"/> when refused.
    /// </summary>
    /// <param name="freeBytes">Free bytes on the file system of a folder; the real one (statvfs) unless a test stands in.</param>
    public static async Task<BackupManifest> StageAsync(string archivePath, string storageRoot, DatabaseProvider provider, CancellationToken cancellationToken = default,
        Func<string, long>? freeBytes = null)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            throw new BackupException("This installation runs on PostgreSQL: restore its dump with pg_restore (see the README); the app only restores SQLite installations.");
        }
        var root = Path.GetFullPath(storageRoot);
        Directory.CreateDirectory(root);
        var staging = Path.Combine(root, $"{BackupArchive.PendingFolder}.tmp-{Guid.NewGuid():N}");
        try
        {
            BackupManifest manifest;
            await using (var file = new FileStream(archivePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            {
                manifest = await ExtractAsync(file, staging, freeBytes ?? FreeBytes, cancellationToken);
            }
            var pending = Path.Combine(root, BackupArchive.PendingFolder);
            if (Directory.Exists(pending)) Directory.Delete(pending, recursive: true);
            // The manifest is written last: its presence marks a complete staging.
            Directory.Move(staging, pending);
            return manifest;
        }
        catch (InvalidDataException ex)
        {
            // System.IO.Compression reports damage where it meets it: a local header, compressed data, a CRC.
            throw new BackupException($"The archive is damaged: {ex.Message}", ex);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Room kept free beyond what the archive unpacks to, so staging never fills the disk the running app writes to.</summary>
    private const long SpareBytes = 64L * 1024 * 1024;

    private const decimal GiB = 1024m * 1024 * 1024;

    private static long FreeBytes(string folder) => new DriveInfo(folder).AvailableFreeSpace;

    private static async Task<BackupManifest> ExtractAsync(Stream archive, string staging, Func<string, long> freeBytes, CancellationToken cancellationToken)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new BackupException("The file is not a zip archive made by YouTube Studio's backup.", ex);
        }
        using (zip)
        {
            var manifest = ReadManifest(zip);
            if (manifest.Provider != DatabaseProvider.Sqlite)
            {
                throw new BackupException($"This archive was made from a {manifest.Provider} installation; it cannot be restored into a SQLite installation. Restore a PostgreSQL dump with pg_restore (see the README).");
            }

            var listed = new Dictionary<string, BackupManifestFile>(StringComparer.Ordinal);
            foreach (var file in manifest.Files)
            {
                if (!BackupArchive.IsSafeEntryPath(file.Path)) throw new BackupException($"The manifest lists an unsafe path '{file.Path}'.");
                if (!listed.TryAdd(file.Path, file)) throw new BackupException($"The manifest lists '{file.Path}' twice.");
            }
            var folders = listed.Keys.SelectMany(FoldersOf).ToHashSet(StringComparer.Ordinal);
            if (listed.Keys.FirstOrDefault(folders.Contains) is { } clash)
            {
                throw new BackupException($"The manifest lists '{clash}' both as a file and as a folder.");
            }
            if (!listed.ContainsKey($"{BackupArchive.DatabaseFolder}/{BackupArchive.SqliteFileName}"))
            {
                throw new BackupException("The archive holds no database (database/studio.db).");
            }
            // Entries are held to the sizes the manifest lists, so their sum is what staging writes: check it fits first.
            var needed = listed.Values.Aggregate(0m, (sum, f) => sum + Math.Max(0, f.Size)) + SpareBytes;
            var free = freeBytes(Path.GetDirectoryName(staging)!);
            if (needed > free)
            {
                throw new BackupException(
                    $"Restoring this archive needs {needed / GiB:0.00} GB free in the data folder, and {free / GiB:0.00} GB is free. Free some space and try again.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName == BackupManifest.EntryName) continue;
                if (entry.FullName.EndsWith('/') && entry.Length == 0) continue; // a folder entry
                if (!BackupArchive.IsSafeEntryPath(entry.FullName)) throw new BackupException($"The archive holds an unsafe entry '{entry.FullName}'.");
                if (!listed.TryGetValue(entry.FullName, out var expected)) throw new BackupException($"The archive holds '{entry.FullName}', which its manifest does not list.");
                if (!seen.Add(entry.FullName)) throw new BackupException($"The archive holds '{entry.FullName}' twice.");
                // The zip reader stops at the size the entry declares, so this bounds what is unpacked to what the manifest lists.
                if (entry.Length != expected.Size)
                {
                    throw new BackupException($"'{entry.FullName}' declares {entry.Length} bytes but the manifest lists {expected.Size}: the archive is damaged or was changed.");
                }

                var target = BackupArchive.ResolveInside(staging, entry.FullName);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                (long Size, string Sha256) actual;
                await using (var source = entry.Open())
                await using (var destination = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    actual = await BackupArchive.CopyHashedAsync(source, destination, null, cancellationToken);
                }
                if (actual.Size != expected.Size || !string.Equals(actual.Sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
                {
                    throw new BackupException($"Checksum mismatch for '{entry.FullName}': the archive is damaged or was changed.");
                }
            }
            var missing = listed.Keys.Where(p => !seen.Contains(p)).ToList();
            if (missing.Count > 0) throw new BackupException($"The archive lacks files its manifest lists: {string.Join(", ", missing.Take(5))}.");

            Directory.CreateDirectory(staging);
            await File.WriteAllTextAsync(Path.Combine(staging, BackupManifest.EntryName), JsonSerializer.Serialize(manifest, BackupManifest.Json), cancellationToken);
            return manifest;
        }
    }

    private static BackupManifest ReadManifest(ZipArchive zip)
    {
        var entries = zip.Entries.Where(e => e.FullName == BackupManifest.EntryName).ToList();
        if (entries.Count != 1) throw new BackupException("The archive has no manifest.json: it is not a YouTube Studio backup.");
        if (entries[0].Length > 16 * 1024 * 1024) throw new BackupException("The archive's manifest.json is too large.");
        try
        {
            using var stream = entries[0].Open();
            var manifest = JsonSerializer.Deserialize<BackupManifest>(stream, BackupManifest.Json);
            if (manifest?.Files is null || manifest.Counts is null || manifest.Files.Any(f => f is null)) throw new BackupException("The archive's manifest.json is incomplete.");
            if (manifest.Format != BackupManifest.CurrentFormat) throw new BackupException($"The archive's format {manifest.Format} is not supported (this version reads format {BackupManifest.CurrentFormat}).");
            return manifest;
        }
        catch (JsonException ex)
        {
            throw new BackupException("The archive's manifest.json is not valid.", ex);
        }
    }

    /// <summary>True when <c>restore-pending</c> holds a complete staged restore.</summary>
    public static bool IsPending(string storageRoot) =>
        File.Exists(Path.Combine(Path.GetFullPath(storageRoot), BackupArchive.PendingFolder, BackupManifest.EntryName));

    /// <summary>
    /// Applies a staged restore, if any: moves studio.db, quartz.db (with their -wal/-shm), keys and — when the
    /// archive holds media — media into <c>before-restore-&lt;time&gt;</c>, then moves the restored files in.
    /// Call it before the host builds (nothing may have the databases open). Returns the folder the old files went to, or null.
    /// </summary>
    public static string? ApplyPendingRestore(string storageRoot, ILogger logger, TimeProvider? time = null)
    {
        var root = Path.GetFullPath(storageRoot);
        var pending = Path.Combine(root, BackupArchive.PendingFolder);
        if (!IsPending(root)) return null;

        var manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(Path.Combine(pending, BackupManifest.EntryName)), BackupManifest.Json)
            ?? throw new BackupException("restore-pending/manifest.json is empty.");
        var stamp = (time ?? TimeProvider.System).GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var aside = Path.Combine(root, BackupArchive.BeforeRestorePrefix + stamp);
        for (var i = 2; Directory.Exists(aside); i++) aside = Path.Combine(root, $"{BackupArchive.BeforeRestorePrefix}{stamp}-{i}");
        Directory.CreateDirectory(aside);

        foreach (var db in new[] { BackupArchive.SqliteFileName, BackupArchive.QuartzFileName })
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                var path = Path.Combine(root, db + suffix);
                if (File.Exists(path)) File.Move(path, Path.Combine(aside, db + suffix));
            }
        }
        MoveFolder(Path.Combine(root, BackupArchive.KeysFolder), Path.Combine(aside, BackupArchive.KeysFolder));
        if (manifest.IncludesMedia)
        {
            MoveFolder(Path.Combine(root, BackupArchive.MediaFolder), Path.Combine(aside, BackupArchive.MediaFolder));
        }

        foreach (var db in new[] { BackupArchive.SqliteFileName, BackupArchive.QuartzFileName })
        {
            var restored = Path.Combine(pending, BackupArchive.DatabaseFolder, db);
            if (File.Exists(restored)) File.Move(restored, Path.Combine(root, db));
        }
        MoveFolder(Path.Combine(pending, BackupArchive.KeysFolder), Path.Combine(root, BackupArchive.KeysFolder));
        if (manifest.IncludesMedia)
        {
            MoveFolder(Path.Combine(pending, BackupArchive.MediaFolder), Path.Combine(root, BackupArchive.MediaFolder));
        }
        Directory.Delete(pending, recursive: true);

        logger.LogWarning(
            "Restored the backup created at {CreatedAt:u} ({Channels} channels, {Videos} videos, media {IncludesMedia}); the previous data is in {Aside}",
            manifest.CreatedAt, manifest.Counts.Channels, manifest.Counts.Videos, manifest.IncludesMedia, aside);
        return aside;
    }

    /// <summary>
    /// The operator's path: <c>--restore &lt;archive&gt;</c> validates and stages the archive, writes what happened
    /// to <paramref name="output"/> and returns the process exit code (0 staged, 1 refused, 2 usage); null when
    /// the arguments do not ask for a restore and the app should start normally.
    /// </summary>
    public static int? RunCommandLine(string[] args, IConfiguration configuration, TextWriter output)
    {
        var index = Array.FindIndex(args, a => a == "--restore" || a.StartsWith("--restore=", StringComparison.Ordinal));
        if (index < 0) return null;
        var value = args[index].Length > "--restore".Length ? args[index]["--restore=".Length..]
            : index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : "";
        if (value.Length == 0)
        {
            output.WriteLine("Usage: YouTubeStudio.Web --restore <archive.zip>");
            return 2;
        }
        var archive = Path.GetFullPath(value);
        if (!File.Exists(archive))
        {
            output.WriteLine($"Restore refused: {archive} does not exist.");
            return 1;
        }
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var provider = configuration.GetValue($"{DatabaseOptions.SectionName}:Provider", DatabaseProvider.Sqlite);
        try
        {
            var manifest = StageAsync(archive, storage.FullRoot, provider).GetAwaiter().GetResult();
            output.WriteLine(
                $"Restore staged from {archive} (created {manifest.CreatedAt:u}, {manifest.Counts.Channels} channels, {manifest.Counts.Videos} videos, media: {(manifest.IncludesMedia ? "yes" : "no")}). " +
                $"Start the app to apply it; the current data in {storage.FullRoot} will be moved to {BackupArchive.BeforeRestorePrefix}<time>.");
            return 0;
        }
        catch (BackupException ex)
        {
            output.WriteLine($"Restore refused: {ex.Message}");
            return 1;
        }
    }

    /// <summary>"media/a/b" is in the folders "media" and "media/a".</summary>
    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var i = path.IndexOf('/', StringComparison.Ordinal); i >= 0; i = path.IndexOf('/', i + 1))
        {
            yield return path[..i];
        }
    }

    private static void MoveFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        Directory.Move(from, to);
    }
}
