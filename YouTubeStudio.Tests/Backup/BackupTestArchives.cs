using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using YouTubeStudio.Core.Backup;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Tests.Backup;

/// <summary>Hand-made archives for the refusal tests.</summary>
internal static class BackupTestArchives
{
    /// <summary>A zip whose manifest lists every entry with its correct SHA-256 (so only the path or provider is wrong).</summary>
    public static MemoryStream Build(DatabaseProvider provider, params (string Path, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = new List<BackupManifestFile>();
            foreach (var (path, content) in entries)
            {
                var bytes = Encoding.UTF8.GetBytes(content);
                using (var entry = zip.CreateEntry(path).Open()) entry.Write(bytes);
                files.Add(new BackupManifestFile(path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            }
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, "test", provider, DateTimeOffset.UtcNow, false, new BackupCounts(0, 0), files);
            using var manifestStream = zip.CreateEntry(BackupManifest.EntryName).Open();
            JsonSerializer.Serialize(manifestStream, manifest, BackupManifest.Json);
        }
        stream.Position = 0;
        return stream;
    }

    /// <summary>A copy of <paramref name="archive"/> where one entry's bytes were changed after the manifest was written.</summary>
    public static async Task<MemoryStream> TamperAsync(string archive, string entryName)
    {
        var stream = new MemoryStream();
        await using (var file = File.OpenRead(archive)) await file.CopyToAsync(stream);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"{entryName} is not in the archive.");
            byte[] bytes;
            using (var read = entry.Open())
            using (var copy = new MemoryStream())
            {
                read.CopyTo(copy);
                bytes = copy.ToArray();
            }
            bytes[^1] ^= 0xFF;
            entry.Delete();
            using var write = zip.CreateEntry(entryName).Open();
            write.Write(bytes);
        }
        stream.Position = 0;
        return stream;
    }
}
