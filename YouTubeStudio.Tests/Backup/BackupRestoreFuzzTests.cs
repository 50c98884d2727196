using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;
using Xunit.Sdk;
using YouTubeStudio.Core.Backup;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Tests.Backup;

/// <summary>
/// Seeded fuzzing of <see cref="BackupRestorer.StageAsync"/>: a valid archive with bytes flipped, cut, deleted or
/// repeated, archives with hostile entry names and manifests, and files that are not zips. Each must either stage
/// (only if its files are still exactly the original ones) or be refused with a <see cref="BackupException"/>;
/// nothing is ever written outside <c>restore-pending</c>, and a refusal leaves the data folder as it was.
/// </summary>
public sealed class BackupRestoreFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(60);

    private static readonly ZipItem[] ValidFiles =
    [
        new("database/studio.db", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 300).Select(i => $"row {i}: {i * i}\n")))),
        new("database/quartz.db", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40).Select(i => $"trigger {i}\n"))), CompressionLevel.NoCompression),
        new("keys/key-1.xml", Encoding.UTF8.GetBytes("<key id=\"1\"><secret>c2VjcmV0</secret></key>"), CompressionLevel.NoCompression),
        new("media/42/script.json", Encoding.UTF8.GetBytes("""{"title":"kept"}""")),
    ];

    private readonly string _temp = Path.Combine(Path.GetTempPath(), $"ytstudio-restore-fuzz-{Guid.NewGuid():N}");

    // In every hostile name, so a file that escapes to the temp folder's top level is found by name.
    private readonly string _marker = $"escaped-{Guid.NewGuid():N}";

    private readonly Dictionary<string, int> _outcomes = [];

    private string Storage => Path.Combine(_temp, "a", "b", "c", "storage");

    private string Archives => Path.Combine(_temp, "archives");

    [Fact]
    public async Task TheValidArchive_Stages()
    {
        await AssertStagesOrRefusesAsync("the valid archive", ValidArchive(), Expect.Staged);
    }

    [Fact]
    public async Task FlippedBytes_StageTheSameFilesOrAreRefused()
    {
        var valid = ValidArchive();
        var random = new Random(20_260_311);
        for (var i = 0; i < 150; i++)
        {
            var bytes = (byte[])valid.Clone();
            var flips = random.Next(1, 5);
            for (var k = 0; k < flips; k++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            await AssertStagesOrRefusesAsync($"{flips} flipped bits #{i}", bytes, Expect.Either, original: ValidFiles);
        }
    }

    [Fact]
    public async Task CutDeletedRepeatedAndOverwrittenBytes_StageTheSameFilesOrAreRefused()
    {
        var valid = ValidArchive();
        var random = new Random(20_260_312);
        for (var i = 0; i < 120; i++)
        {
            var bytes = valid.ToList();
            var at = random.Next(bytes.Count);
            var length = Math.Min(random.Next(1, 200), bytes.Count - at);
            var operation = i % 5;
            switch (operation)
            {
                case 0: bytes.RemoveRange(at, bytes.Count - at); break;
                case 1: bytes.RemoveRange(at, length); break;
                case 2: bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length)); break;
                case 3:
                    for (var k = at; k < at + length; k++) bytes[k] = (byte)random.Next(256);
                    break;
                default: bytes.InsertRange(at, new byte[length]); break;
            }
            await AssertStagesOrRefusesAsync($"byte range operation {operation} at {at} (+{length}) #{i}", [.. bytes], Expect.Either, original: ValidFiles);
        }
    }

    [Fact]
    public async Task HostileEntryNames_AreRefusedOrStayInsideTheStagingFolder()
    {
        var refused = new[]
        {
            "../x", "../../x", "../../../../x", "../../../../../../x", $"{_temp}/x", Path.Combine(Path.GetTempPath(), "x"), @"C:\x", "C:/x", "media/../../x", "media/../../../../x",
            "media/..", "media/.", "media//x", "./media/x", "media/x/../../../x", "database/studio.db/../../x", @"..\x",
            @"media\..\..\x", @"\\server\share\x", "~/x", "media/\0x", "media/\nx", "media/x:y", "MEDIA/x", "media", "other/x",
            "media/" + new string('a', 300), "media/" + new string('é', 200), "media/" + string.Join('/', Enumerable.Repeat("d", 300)),
        };
        var either = new[] { "media/~/x", "media/ /x", "media/...", "media/manifest.json", "media/link -> ../../x", "media/x@", "media/\u202Ex" };
        foreach (var name in refused.Concat(either))
        {
            var expect = refused.Contains(name) ? Expect.Refused : Expect.Either;
            var entry = new ZipItem(name.Replace("x", _marker, StringComparison.Ordinal), "gotcha"u8.ToArray());
            // Listed with the right checksum, so the name is all that is wrong...
            await AssertStagesOrRefusesAsync($"entry '{entry.Name}'", Archive([.. ValidFiles, entry]), expect);
            // ...and not listed at all.
            await AssertStagesOrRefusesAsync($"unlisted entry '{entry.Name}'", Archive([.. ValidFiles, entry], listed: ValidFiles), Expect.Refused);
        }
    }

    [Fact]
    public async Task EntriesThatClashOrLookLikeLinks_AreRefusedOrStagedAsPlainFiles()
    {
        var db = ValidFiles[0];
        var cases = new (string Name, ZipItem[] Entries, Expect Expect)[]
        {
            ("a file and a folder of the same name", [.. ValidFiles, new("media/a", [1]), new("media/a/b", [2])], Expect.Refused),
            ("a folder and then a file of the same name", [.. ValidFiles, new("media/a/b", [2]), new("media/a", [1])], Expect.Refused),
            ("the database as a folder", [.. ValidFiles, new("database/studio.db/x", [1])], Expect.Refused),
            ("a folder entry", [.. ValidFiles, new("media/empty/", [])], Expect.Staged),
            ("a folder entry with bytes", [.. ValidFiles, new("media/full/", [1, 2])], Expect.Refused),
            ("a traversal folder entry", [.. ValidFiles, new($"../{_marker}/", [])], Expect.Either),
            ("a symlink to /etc/passwd", [.. ValidFiles, new("media/42/link", "/etc/passwd"u8.ToArray(), Attributes: unchecked((int)0xA1FF0000))], Expect.Either),
            ("a symlink out of the folder", [.. ValidFiles, new("media/out", Encoding.UTF8.GetBytes($"../../../{_marker}"), Attributes: unchecked((int)0xA1FF0000))], Expect.Either),
            ("a manifest.json in a folder", [.. ValidFiles, new("media/manifest.json", "{}"u8.ToArray())], Expect.Staged),
        };
        foreach (var (name, entries, expect) in cases)
        {
            await AssertStagesOrRefusesAsync(name, Archive(entries), expect);
        }
        await AssertStagesOrRefusesAsync("the same entry twice, listed once", Archive([.. ValidFiles, db], listed: ValidFiles), Expect.Refused);
        await AssertStagesOrRefusesAsync("the same entry twice with other bytes, listed once", Archive([.. ValidFiles, db with { Content = [1, 2, 3] }], listed: ValidFiles), Expect.Refused);
        await AssertStagesOrRefusesAsync("the same entry twice, listed twice", Archive([.. ValidFiles, db]), Expect.Refused);
    }

    [Fact]
    public async Task HostileManifests_AreRefusedWithABackupException()
    {
        var files = ValidFiles.Select(f => new BackupManifestFile(f.Name, f.Content.Length, Sha(f.Content))).ToList();
        string Json(object manifest) => JsonSerializer.Serialize(manifest, BackupManifest.Json);
        var valid = JsonSerializer.SerializeToNode(new BackupManifest(BackupManifest.CurrentFormat, "fuzz", DatabaseProvider.Sqlite, DateTimeOffset.UnixEpoch, true, new BackupCounts(1, 2), files), BackupManifest.Json)!.AsObject();
        string With(string property, System.Text.Json.Nodes.JsonNode? value)
        {
            var copy = valid.DeepClone().AsObject();
            copy[property] = value;
            return copy.ToJsonString();
        }
        string WithFile(int index, string property, System.Text.Json.Nodes.JsonNode? value)
        {
            var copy = valid.DeepClone().AsObject();
            copy["files"]![index]![property] = value;
            return copy.ToJsonString();
        }

        var manifests = new (string Name, string? Text, Expect Expect)[]
        {
            ("none", null, Expect.Refused),
            ("empty", "", Expect.Refused),
            ("not JSON", "{", Expect.Refused),
            ("null", "null", Expect.Refused),
            ("an array", "[]", Expect.Refused),
            ("a string", "\"manifest\"", Expect.Refused),
            ("an empty object", "{}", Expect.Refused),
            ("nested 100,000 deep", new string('[', 100_000), Expect.Refused),
            ("files null", With("files", null), Expect.Refused),
            ("files an object", With("files", new System.Text.Json.Nodes.JsonObject()), Expect.Refused),
            ("a null file", With("files", new System.Text.Json.Nodes.JsonArray(null, valid["files"]![0]!.DeepClone())), Expect.Refused),
            ("counts null", With("counts", null), Expect.Refused),
            ("format 2", With("format", 2), Expect.Refused),
            ("format as text", With("format", "1"), Expect.Either),
            ("provider postgres", With("provider", "postgres"), Expect.Refused),
            ("provider banana", With("provider", "banana"), Expect.Refused),
            ("provider 99", With("provider", 99), Expect.Refused),
            ("created_at not a date", With("created_at", "yesterday"), Expect.Refused),
            ("a file without a path", WithFile(0, "path", null), Expect.Refused),
            ("a file without a checksum", WithFile(0, "sha256", null), Expect.Refused),
            ("a wrong checksum", WithFile(0, "sha256", new string('0', 64)), Expect.Refused),
            ("a checksum in capitals", WithFile(0, "sha256", files[0].Sha256.ToUpperInvariant()), Expect.Staged),
            ("a wrong size", WithFile(1, "size", files[1].Size + 1), Expect.Refused),
            ("a negative size", WithFile(1, "size", -1), Expect.Refused),
            ("a size of 1e300", WithFile(1, "size", System.Text.Json.Nodes.JsonValue.Create(1e300)), Expect.Refused),
            ("an unsafe listed path", WithFile(2, "path", "../keys/key-1.xml"), Expect.Refused),
            ("a listed file that is missing", Json(new BackupManifest(BackupManifest.CurrentFormat, "fuzz", DatabaseProvider.Sqlite, DateTimeOffset.UnixEpoch, false, new BackupCounts(0, 0), [.. files, new BackupManifestFile("media/missing.png", 1, new string('a', 64))])), Expect.Refused),
            ("a file listed twice", Json(new BackupManifest(BackupManifest.CurrentFormat, "fuzz", DatabaseProvider.Sqlite, DateTimeOffset.UnixEpoch, false, new BackupCounts(0, 0), [.. files, files[0]])), Expect.Refused),
            ("no database listed", Json(new BackupManifest(BackupManifest.CurrentFormat, "fuzz", DatabaseProvider.Sqlite, DateTimeOffset.UnixEpoch, false, new BackupCounts(0, 0), files[1..])), Expect.Refused),
            ("unknown properties", With("signed_by", "nobody"), Expect.Staged),
            ("a BOM first", "\uFEFF" + valid.ToJsonString(), Expect.Either),
        };
        foreach (var (name, text, expect) in manifests)
        {
            var entries = ValidFiles.Select(f => new Entry(f.Name, f.Content, CompressionLevel.Optimal, 0)).ToList();
            if (text is not null) entries.Add(new Entry(BackupManifest.EntryName, Encoding.UTF8.GetBytes(text), CompressionLevel.Optimal, 0));
            await AssertStagesOrRefusesAsync($"manifest: {name}", Zip(entries), expect);
        }
        var two = Zip([.. ValidFiles.Select(f => new Entry(f.Name, f.Content, CompressionLevel.Optimal, 0)),
            new Entry(BackupManifest.EntryName, Encoding.UTF8.GetBytes(valid.ToJsonString()), CompressionLevel.Optimal, 0),
            new Entry(BackupManifest.EntryName, Encoding.UTF8.GetBytes(valid.ToJsonString()), CompressionLevel.Optimal, 0)]);
        await AssertStagesOrRefusesAsync("two manifests", two, Expect.Refused);
    }

    [Fact]
    public async Task HugeDeclaredSizes_AreRefusedWithoutUnpacking()
    {
        var bomb = new ZipItem("media/zeros.bin", new byte[1024 * 1024]);
        var archive = Archive([.. ValidFiles, bomb]);

        // The sizes in the zip's headers say 4 GB; the manifest and the data say 1 MB.
        await AssertStagesOrRefusesAsync("an entry declaring 4 GB", DeclareSize(archive, bomb.Name, uint.MaxValue - 1), Expect.Refused);
        await AssertStagesOrRefusesAsync("an entry declaring 10 bytes", DeclareSize(archive, bomb.Name, 10), Expect.Refused);
        await AssertStagesOrRefusesAsync("a manifest declaring 4 GB", DeclareSize(archive, BackupManifest.EntryName, uint.MaxValue - 1), Expect.Refused);
        await AssertStagesOrRefusesAsync("a manifest declaring 10 bytes", DeclareSize(archive, BackupManifest.EntryName, 10), Expect.Refused);
    }

    [Fact]
    public async Task FilesThatAreNotZips_AreRefused()
    {
        var random = new Random(20_260_313);
        var noise = new byte[4096];
        random.NextBytes(noise);
        var valid = ValidArchive();
        var cases = new (string Name, byte[] Bytes, Expect Expect)[]
        {
            ("empty", [], Expect.Refused),
            ("random bytes", noise, Expect.Refused),
            ("text", "this is not a backup\n"u8.ToArray(), Expect.Refused),
            ("a PNG header", [0x89, .. "PNG\r\n\u001a\n"u8, .. noise[..64]], Expect.Refused),
            ("a gzip header", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3, .. noise[..64]], Expect.Refused),
            ("a local header and noise", [.. "PK\u0003\u0004"u8, .. noise], Expect.Refused),
            ("an empty zip", [.. "PK\u0005\u0006"u8, .. new byte[18]], Expect.Refused),
            ("an end record pointing past the file", [.. "PK\u0005\u0006"u8, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F, 0, 0], Expect.Refused),
            ("a zip64 locator and noise", [.. noise[..100], .. "PK\u0006\u0007"u8, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 1, 0, 0, 0, .. "PK\u0005\u0006"u8, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0], Expect.Refused),
            ("noise before a valid zip", [.. noise[..100], .. valid], Expect.Either),
            ("a valid zip twice", [.. valid, .. valid], Expect.Either),
        };
        foreach (var (name, bytes, expect) in cases)
        {
            await AssertStagesOrRefusesAsync(name, bytes, expect);
        }
    }

    /// <summary>
    /// Stages <paramref name="archive"/> and checks the outcome: staged only with exactly the files it holds (all of them
    /// plain files inside restore-pending, and the <paramref name="original"/> ones when it is a damaged copy), refused only
    /// with a <see cref="BackupException"/>, and nothing else changed.
    /// </summary>
    private async Task AssertStagesOrRefusesAsync(string name, byte[] archive, Expect expect, IReadOnlyList<ZipItem>? original = null)
    {
        if (!Directory.Exists(_temp)) CreateDataFolder();
        var path = Path.Combine(Archives, "archive.zip");
        await File.WriteAllBytesAsync(path, archive);
        var before = Snapshot();
        BackupManifest? manifest = null;
        BackupException? refusal = null;
        try
        {
            manifest = await Task.Run(() => BackupRestorer.StageAsync(path, Storage, DatabaseProvider.Sqlite)).WaitAsync(Ceiling);
        }
        catch (BackupException ex)
        {
            refusal = ex;
        }
        catch (TimeoutException)
        {
            throw new XunitException($"{name}: staging took more than {Ceiling.TotalSeconds} s.");
        }
        catch (Exception ex)
        {
            throw new XunitException($"{name}: staging threw {ex.GetType().Name} instead of a BackupException: {ex.Message}");
        }

        var after = Snapshot();
        var changed = before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).Order(StringComparer.Ordinal).ToList();
        var escaped = Directory.EnumerateFileSystemEntries(Path.GetTempPath(), $"*{_marker}*").ToList();
        Assert.True(escaped.Count == 0, $"{name}: wrote {string.Join(", ", escaped)}");
        if (refusal is not null)
        {
            Assert.True(expect != Expect.Staged, $"{name}: refused: {refusal.Message}");
            Assert.False(string.IsNullOrWhiteSpace(refusal.Message), $"{name}: refused without a message");
            Assert.True(changed.Count == 0, $"{name}: refused, but changed {string.Join(", ", changed.Take(10))}");
            Count("refused: " + refusal.Message.Split(':', '\'')[0]);
            return;
        }

        var pending = "a/b/c/storage/restore-pending/";
        Assert.True(changed.All(c => c.StartsWith(pending, StringComparison.Ordinal)), $"{name}: staged, but changed {string.Join(", ", changed.Where(c => !c.StartsWith(pending, StringComparison.Ordinal)).Take(10))}");
        Assert.True(expect != Expect.Refused, $"{name}: staged, but the archive is not valid");
        Assert.NotNull(manifest);
        var staged = after.Where(e => e.Key.StartsWith(pending, StringComparison.Ordinal) && !e.Value.StartsWith("dir", StringComparison.Ordinal))
            .ToDictionary(e => e.Key[pending.Length..], e => e.Value);
        Assert.Equal(Sha(JsonSerializer.SerializeToUtf8Bytes(manifest, BackupManifest.Json)), staged[BackupManifest.EntryName]);
        var expected = original?.ToDictionary(f => f.Name, f => Sha(f.Content), StringComparer.Ordinal) ?? ArchiveFiles(archive);
        Assert.True(expected is not null, $"{name}: staged, but the test cannot read the archive itself");
        Assert.Equal(expected!.Keys.Append(BackupManifest.EntryName).Order(StringComparer.Ordinal), staged.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, hash) in expected) Assert.True(staged[file] == hash, $"{name}: staged {file} differs from the archive's");
        Assert.Equal(manifest.Files.Select(f => f.Path).Order(StringComparer.Ordinal), expected.Keys.Order(StringComparer.Ordinal));
        ResetPending();
        Count("staged");
    }

    private void Count(string outcome) => _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;

    /// <summary>
    /// The live data (database, keys, media) and an earlier staged restore, four levels below the temp folder so that
    /// "../" escapes of up to four levels land where the scan sees them.
    /// </summary>
    private void CreateDataFolder()
    {
        Directory.CreateDirectory(Archives);
        Directory.CreateDirectory(Path.Combine(Storage, "keys"));
        Directory.CreateDirectory(Path.Combine(Storage, "media", "7"));
        File.WriteAllText(Path.Combine(Storage, "studio.db"), "live database");
        File.WriteAllText(Path.Combine(Storage, "keys", "key-live.xml"), "<key id=\"live\"/>");
        File.WriteAllText(Path.Combine(Storage, "media", "7", "thumb.png"), "live media");
        ResetPending();
    }

    /// <summary>The archive's file entries and their hashes as the test reads them; null when the archive cannot be read.</summary>
    private static Dictionary<string, string>? ArchiveFiles(byte[] archive)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName == BackupManifest.EntryName || entry.FullName.EndsWith('/')) continue;
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                files.Add(entry.FullName, Sha(copy.ToArray()));
            }
            return files;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Every file and folder under the temp folder: relative path to "dir", "link:target" or the content's hash.</summary>
    private Dictionary<string, string> Snapshot()
    {
        var archives = Path.GetRelativePath(_temp, Archives).Replace('\\', '/');
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(_temp).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_temp, info.FullName).Replace('\\', '/');
            if (relative == archives || relative.StartsWith(archives + "/", StringComparison.Ordinal)) continue;
            entries[relative + (info is DirectoryInfo ? "/" : "")] = info.LinkTarget is { } target ? $"link:{target}"
                : info is DirectoryInfo ? "dir" : Sha(File.ReadAllBytes(info.FullName));
        }
        return entries;
    }

    /// <summary>An earlier staged restore: a refused archive must leave it, a staged one replaces it.</summary>
    private void ResetPending()
    {
        var pending = Path.Combine(Storage, "restore-pending");
        if (Directory.Exists(pending)) Directory.Delete(pending, recursive: true);
        Directory.CreateDirectory(Path.Combine(pending, "database"));
        File.WriteAllText(Path.Combine(pending, "database", "studio.db"), "staged earlier");
        File.WriteAllText(Path.Combine(pending, BackupManifest.EntryName), "{}");
    }

    private static byte[] ValidArchive() => Archive(ValidFiles);

    /// <summary>A zip of <paramref name="entries"/> and a manifest that lists <paramref name="listed"/> (default: all of them) with their real sizes and checksums.</summary>
    private static byte[] Archive(IReadOnlyList<ZipItem> entries, IReadOnlyList<ZipItem>? listed = null)
    {
        var files = (listed ?? entries).Where(e => !e.Name.EndsWith('/')).Select(e => new BackupManifestFile(e.Name, e.Content.Length, Sha(e.Content))).ToList();
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, "fuzz", DatabaseProvider.Sqlite, DateTimeOffset.UnixEpoch, true, new BackupCounts(1, 2), files);
        return Zip([.. entries.Select(e => new Entry(e.Name, e.Content, e.Level, e.Attributes)),
            new Entry(BackupManifest.EntryName, JsonSerializer.SerializeToUtf8Bytes(manifest, BackupManifest.Json), CompressionLevel.Optimal, 0)]);
    }

    private static byte[] Zip(IEnumerable<Entry> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, level, attributes) in entries)
            {
                var entry = zip.CreateEntry(name, level);
                entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
                if (attributes != 0) entry.ExternalAttributes = attributes;
                using var write = entry.Open();
                write.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Rewrites the uncompressed size of <paramref name="entryName"/> in its local and central headers.</summary>
    private static byte[] DeclareSize(byte[] archive, string entryName, uint size)
    {
        var bytes = (byte[])archive.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (nameAt, sizeAt) = signature switch
            {
                0x04034b50 => (i + 30, i + 22),
                0x02014b50 => (i + 46, i + 24),
                _ => (-1, -1),
            };
            if (nameAt < 0 || nameAt + name.Length > bytes.Length || !bytes.AsSpan(nameAt, name.Length).SequenceEqual(name)) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(sizeAt), size);
            patched++;
        }
        Assert.Equal(2, patched);
        return bytes;
    }

    private static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public void Dispose()
    {
        // Which refusals the inputs reached, to see that the fuzzing goes past the first check.
        foreach (var (outcome, count) in _outcomes.OrderByDescending(o => o.Value)) output.WriteLine($"{count,4} {outcome}");
        try
        {
            if (Directory.Exists(_temp)) Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private enum Expect
    {
        Staged,
        Refused,
        Either,
    }

    private sealed record ZipItem(string Name, byte[] Content, CompressionLevel Level = CompressionLevel.Optimal, int Attributes = 0);

    private sealed record Entry(string Name, byte[] Content, CompressionLevel Level, int Attributes);
}
