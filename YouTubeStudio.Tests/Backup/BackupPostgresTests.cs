using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Backup;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Backup;

/// <summary>Backups of a PostgreSQL installation through the machine's real pg_dump.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BackupPostgresTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task Create_OnPostgres_WritesCustomFormatDumpThatPgRestoreReads()
    {
        var connectionString = await postgres.CreateDatabaseAsync("backup");
        await using var app = new StudioAppFactory { PostgresConnectionString = connectionString };
        await app.Services.GetRequiredService<IChannelService>().CreateAsync(new ChannelInput { Name = "Dumped Daily" });

        var info = await app.Services.GetRequiredService<IBackupService>().CreateAsync(includeMedia: false);

        var dump = Path.Combine(app.StorageRoot, "extracted.dump");
        using (var zip = ZipFile.OpenRead(Path.Combine(app.StorageRoot, "backups", info.Name)))
        {
            Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".db", StringComparison.Ordinal));
            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            Assert.Equal("postgres", manifest.RootElement.GetProperty("provider").GetString());
            Assert.Equal(1, manifest.RootElement.GetProperty("counts").GetProperty("channels").GetInt32());
            zip.GetEntry("database/studio.dump")!.ExtractToFile(dump);
        }
        var pgRestore = Path.Combine(Path.GetDirectoryName(PgDump.Find(Environment.GetEnvironmentVariable("PATH"), "/usr/lib/postgresql")!)!, "pg_restore");

        var (listExit, list) = await RunAsync(pgRestore, "--list", dump);
        var (dataExit, data) = await RunAsync(pgRestore, "--data-only", "--table=channels", "--file=-", dump);

        Assert.True(listExit == 0, list);
        Assert.Contains("TABLE public channels", list);
        Assert.True(dataExit == 0, data);
        Assert.Contains("Dumped Daily", data);
    }

    [Fact]
    public async Task Create_OnPostgresWithoutPgDump_FailsWithInstallHint()
    {
        var connectionString = await postgres.CreateDatabaseAsync("backup");
        await using var app = new StudioAppFactory
        {
            PostgresConnectionString = connectionString,
            Settings = { ["Backup:PgDumpPath"] = "/nonexistent/pg_dump" },
        };
        var backups = app.Services.GetRequiredService<IBackupService>();

        var error = await Assert.ThrowsAsync<BackupException>(() => backups.CreateAsync(includeMedia: false));

        Assert.Equal("pg_dump not found: install postgresql-client (or set Backup:PgDumpPath).", error.Message);
        Assert.Empty(await backups.ListAsync());
        Assert.Null(PgDump.Find("", "/nonexistent"));
    }

    [Fact]
    public async Task Restore_OnPostgres_IsRefusedWithPgRestoreHint()
    {
        var connectionString = await postgres.CreateDatabaseAsync("backup");
        await using var app = new StudioAppFactory { PostgresConnectionString = connectionString };
        await using var archive = BackupTestArchives.Build(YouTubeStudio.Core.Data.DatabaseProvider.Postgres, ("database/studio.dump", "dump"));

        var error = await Assert.ThrowsAsync<BackupException>(() => app.Services.GetRequiredService<IBackupService>().RestoreAsync(archive));

        Assert.Contains("pg_restore --clean --if-exists", error.Message);
    }

    [Fact]
    public void Environment_CarriesConnectionPartsIncludingPassword()
    {
        var env = PgDump.Environment("Host=db.internal;Port=5433;Database=studio;Username=app;Password=s3cret;SSL Mode=Require");

        Assert.Equal("db.internal", env["PGHOST"]);
        Assert.Equal("5433", env["PGPORT"]);
        Assert.Equal("studio", env["PGDATABASE"]);
        Assert.Equal("app", env["PGUSER"]);
        Assert.Equal("s3cret", env["PGPASSWORD"]);
        Assert.Equal("require", env["PGSSLMODE"]);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
