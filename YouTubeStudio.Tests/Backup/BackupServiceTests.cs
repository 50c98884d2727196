using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using YouTubeStudio.Core.Backup;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Backup;

/// <summary>Backups and restores on real SQLite, through the real start-up step.</summary>
public sealed class BackupServiceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ytstudio-backup-{Guid.NewGuid():N}");

    [Fact]
    public async Task Restore_AfterChannelAndMediaWereDeleted_BringsThemBackAtNextStartAndMovesOldFilesAside()
    {
        long channelId;
        string secret;
        await using (var app = new StudioAppFactory { StorageRoot = _root, KeepStorage = true })
        {
            var channels = app.Services.GetRequiredService<IChannelService>();
            var media = app.Services.GetRequiredService<IMediaStore>();
            var backups = app.Services.GetRequiredService<IBackupService>();
            var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("backup-test");
            channelId = (await channels.CreateAsync(new ChannelInput { Name = "Backed Up Daily" })).Value!.Id;
            await File.WriteAllTextAsync(Path.Combine(media.GetWorkDirectory(42), "script.json"), """{"title":"kept"}""");
            secret = protector.Protect("oauth-token");
            var progress = new ListProgress();

            var info = await backups.CreateAsync(includeMedia: true, progress);

            Assert.Equal(1.0, progress.Values[^1]);
            Assert.Equal(progress.Values.Order(), progress.Values);
            using (var zip = ZipFile.OpenRead(Path.Combine(_root, "backups", info.Name)))
            {
                var names = zip.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("database/studio.db", names);
                Assert.Contains("database/quartz.db", names);
                Assert.Contains("media/42/script.json", names);
                Assert.Contains(names, n => n.StartsWith("keys/", StringComparison.Ordinal));
                using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
                Assert.Equal("sqlite", manifest.RootElement.GetProperty("provider").GetString());
                Assert.Equal(1, manifest.RootElement.GetProperty("counts").GetProperty("channels").GetInt32());
                Assert.Equal(names.Count - 1, manifest.RootElement.GetProperty("files").GetArrayLength());
            }

            // Change everything the archive holds.
            Assert.True(await channels.DeleteAsync(channelId));
            await media.DeleteAsync(42);
            foreach (var key in Directory.GetFiles(Path.Combine(_root, "keys"))) File.Delete(key);

            await using (var archive = File.OpenRead(Path.Combine(_root, "backups", info.Name)))
            {
                await backups.RestoreAsync(archive);
            }
            Assert.True(backups.IsRestorePending);
            Assert.Null(await channels.GetAsync(channelId)); // staged only: nothing changes while the app runs
        }

        await using (var restarted = new StudioAppFactory { StorageRoot = _root, KeepStorage = true })
        {
            var channels = restarted.Services.GetRequiredService<IChannelService>();
            Assert.Equal("Backed Up Daily", (await channels.GetAsync(channelId))?.Name);
            Assert.NotNull(restarted.Services.GetRequiredService<IMediaStore>().Find(42, "script.json"));
            // The restored keys decrypt what the old keys encrypted.
            Assert.Equal("oauth-token", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("backup-test").Unprotect(secret));
            Assert.False(restarted.Services.GetRequiredService<IBackupService>().IsRestorePending);
        }

        Assert.False(Directory.Exists(Path.Combine(_root, "restore-pending")));
        var aside = Assert.Single(Directory.GetDirectories(_root, "before-restore-*"));
        Assert.True(Directory.Exists(Path.Combine(aside, "keys")));
        Assert.False(Directory.Exists(Path.Combine(aside, "media", "42")));
        await using var old = new SqliteConnection($"Data Source={Path.Combine(aside, "studio.db")};Pooling=False");
        await old.OpenAsync();
        await using var count = new SqliteCommand($"select count(*) from channels where id = {channelId}", old);
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!); // the moved-aside database is the changed one
    }

    [Fact]
    public async Task Restore_WithChangedFile_IsRefusedForChecksumAndStagesNothing()
    {
        await using var app = new StudioAppFactory { StorageRoot = _root, KeepStorage = true };
        var backups = app.Services.GetRequiredService<IBackupService>();
        var info = await backups.CreateAsync(includeMedia: false);
        await using var tampered = await BackupTestArchives.TamperAsync(Path.Combine(_root, "backups", info.Name), "database/studio.db");

        var error = await Assert.ThrowsAsync<BackupException>(() => backups.RestoreAsync(tampered));

        Assert.Contains("Checksum mismatch for 'database/studio.db'", error.Message);
        Assert.False(backups.IsRestorePending);
        Assert.Empty(Directory.GetDirectories(_root, "restore-pending*"));
        Assert.Empty(Directory.GetFiles(_root, "restore-upload-*"));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("media/1/../../../evil.txt")]
    [InlineData("/tmp/evil.txt")]
    public async Task Restore_WithEntryOutsideTheDataFolder_IsRefused(string entry)
    {
        await using var app = new StudioAppFactory { StorageRoot = _root, KeepStorage = true };
        var backups = app.Services.GetRequiredService<IBackupService>();
        await using var archive = BackupTestArchives.Build(DatabaseProvider.Sqlite, ("database/studio.db", "db"), (entry, "gotcha"));

        var error = await Assert.ThrowsAsync<BackupException>(() => backups.RestoreAsync(archive));

        Assert.Contains("unsafe", error.Message);
        Assert.False(backups.IsRestorePending);
        Assert.False(File.Exists(Path.Combine(_root, "evil.txt")));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "evil.txt")));
    }

    [Fact]
    public async Task Restore_OfPostgresArchive_IsRefusedWithPgRestoreHint()
    {
        await using var app = new StudioAppFactory { StorageRoot = _root, KeepStorage = true };
        var backups = app.Services.GetRequiredService<IBackupService>();
        await using var archive = BackupTestArchives.Build(DatabaseProvider.Postgres, ("database/studio.dump", "dump"));

        var error = await Assert.ThrowsAsync<BackupException>(() => backups.RestoreAsync(archive));

        Assert.Contains("Postgres installation", error.Message);
        Assert.Contains("pg_restore", error.Message);
        Assert.False(backups.IsRestorePending);
    }

    [Fact]
    public async Task CommandLineRestore_StagesValidArchiveAndRefusesBadOne()
    {
        var (archive, bad) = await ArchivesAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Root"] = _root }).Build();
        using var output = new StringWriter();

        Assert.Null(BackupRestorer.RunCommandLine(["--urls", "http://localhost:5000"], configuration, output));
        Assert.Equal(2, BackupRestorer.RunCommandLine(["--restore"], configuration, output));
        Assert.Equal(1, BackupRestorer.RunCommandLine(["--restore", bad], configuration, output));
        Assert.False(BackupRestorer.IsPending(_root));
        Assert.Equal(2, BackupRestorer.RunCommandLine(["--restore="], configuration, output));
        Assert.Equal(0, BackupRestorer.RunCommandLine([$"--restore={archive}"], configuration, output));
        Assert.True(BackupRestorer.IsPending(_root));
        Assert.Equal(0, BackupRestorer.RunCommandLine(["--restore", archive], configuration, output));
        Assert.True(BackupRestorer.IsPending(_root));
        Assert.Contains("Restore refused: The file is not a zip archive", output.ToString());
        Assert.Contains("Restore staged from", output.ToString());

        var aside = BackupRestorer.ApplyPendingRestore(_root, NullLogger.Instance);

        Assert.NotNull(aside);
        Assert.True(File.Exists(Path.Combine(_root, "studio.db")));
        Assert.False(BackupRestorer.IsPending(_root));
        Assert.Null(BackupRestorer.ApplyPendingRestore(_root, NullLogger.Instance));
    }

    [Fact]
    public async Task AppStartedWithRestoreArgument_StagesTheArchiveAndExitsWithoutStarting()
    {
        var (archive, bad) = await ArchivesAsync();
        var refused = await RunAppAsync("--restore", bad);
        var staged = await RunAppAsync("--restore", archive);

        Assert.True(refused.ExitCode == 1, refused.Output);
        Assert.Contains("Restore refused", refused.Output);
        Assert.True(staged.ExitCode == 0, staged.Output);
        Assert.Contains("Restore staged from", staged.Output);
        Assert.True(BackupRestorer.IsPending(_root));
        Assert.False(File.Exists(Path.Combine(_root, "studio.db"))); // the app did not start: nothing migrated
    }

    /// <summary>A real backup made by a throwaway app, and a file that is not a zip, both outside the data folder.</summary>
    private async Task<(string Archive, string Bad)> ArchivesAsync()
    {
        var folder = _root + "-archives";
        Directory.CreateDirectory(folder);
        string archive;
        await using (var app = new StudioAppFactory())
        {
            var info = await app.Services.GetRequiredService<IBackupService>().CreateAsync(includeMedia: false);
            archive = Path.Combine(folder, info.Name);
            File.Copy(Path.Combine(app.StorageRoot, "backups", info.Name), archive);
        }
        var bad = Path.Combine(folder, "bad.zip");
        await File.WriteAllTextAsync(bad, "not a zip");
        return (archive, bad);
    }

    private async Task<(int ExitCode, string Output)> RunAppAsync(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "YouTubeStudio.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Storage__Root"] = _root;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _root, _root + "-archives" })
        {
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
