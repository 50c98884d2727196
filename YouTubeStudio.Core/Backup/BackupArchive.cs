using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace YouTubeStudio.Core.Backup;

/// <summary>The archive's layout and the rules every entry path follows.</summary>
internal static partial class BackupArchive
{
    public const string BackupsFolder = "backups";
    public const string PendingFolder = "restore-pending";
    public const string BeforeRestorePrefix = "before-restore-";
    public const string SqliteFileName = "studio.db";
    public const string QuartzFileName = "quartz.db";
    public const string PostgresDumpFileName = "studio.dump";
    public const string DatabaseFolder = "database";
    public const string KeysFolder = "keys";
    public const string MediaFolder = "media";
    public const string NamePrefix = "youtube-studio-backup-";

    // NAME_MAX on Linux and most file systems; a longer segment fails with PathTooLongException when unpacked.
    private const int MaxNameBytes = 255;

    private static readonly string[] TopFolders = [DatabaseFolder, KeysFolder, MediaFolder];

    [GeneratedRegex(@"^youtube-studio-backup-\d{8}-\d{6}(-\d{1,3})?\.zip$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    /// <summary>True for the names this app gives its archives; anything else (paths, "..") is refused.</summary>
    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>
    /// A relative path with forward slashes under database/, keys/ or media/, without empty, "." or ".."
    /// segments, backslashes, drive letters or control characters, and no segment longer than a file name can be.
    /// </summary>
    public static bool IsSafeEntryPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > 512) return false;
        if (path.Contains('\\') || path.Contains(':') || path.StartsWith('/') || path.Any(char.IsControl)) return false;
        var segments = path.Split('/');
        if (segments.Length < 2 || !TopFolders.Contains(segments[0], StringComparer.Ordinal)) return false;
        return segments.All(s => s.Length > 0 && s != "." && s != ".." && Encoding.UTF8.GetByteCount(s) <= MaxNameBytes);
    }

    /// <summary>Joins a safe entry path to a folder and checks the result stays inside it.</summary>
    public static string ResolveInside(string folder, string entryPath)
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, entryPath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BackupException($"The archive entry '{entryPath}' points outside the restore folder.");
        }
        return full;
    }

    /// <summary>Copies a stream while hashing it; returns the byte count and the lower-case hex SHA-256.</summary>
    public static async Task<(long Size, string Sha256)> CopyHashedAsync(Stream source, Stream destination, Action<long>? onBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            total += read;
            onBytes?.Invoke(read);
        }
        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
