using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Tests.Data;

/// <summary>
/// SQLite connections wait for another writer's lock inside SQLite (<c>PRAGMA busy_timeout</c>), which retries
/// after a few milliseconds, rather than in Microsoft.Data.Sqlite's loop, which sleeps 150 ms between tries.
/// </summary>
public sealed class SqliteBusyTimeoutTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ytstudio-busy-{Guid.NewGuid():N}");
    private ServiceProvider _services = null!;

    private string DatabasePath => Path.Combine(_root, DataServiceCollectionExtensions.SqliteFileName);

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Storage:Root"] = _root,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddAppDatabase(configuration);
        // The host sets this through AddStudioIdentity; IdentityDbContext reads it to include the passkey table.
        services.Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        _services = services.BuildServiceProvider();
        await using var db = await CreateContextAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; CREATE TABLE probe (value INTEGER);");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task ContextFactory_OpensConnectionsWithSqlitesBusyTimeout()
    {
        await using var db = await CreateContextAsync();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(SqliteBusyTimeout.Milliseconds, await BusyTimeoutAsync((SqliteConnection)db.Database.GetDbConnection()));
    }

    [Fact]
    public async Task Write_BlockedByAnotherConnectionsWriteTransactionFor300Ms_Succeeds()
    {
        await using var db = await CreateContextAsync();

        var (elapsed, released) = await WriteWhileLockedAsync(db, TimeSpan.FromMilliseconds(300));

        Assert.Equal(1L, await CountAsync(2));
        Assert.True(elapsed >= released, $"The write finished ({elapsed.TotalMilliseconds:0} ms) before the lock was released ({released.TotalMilliseconds:0} ms).");
    }

    [Fact]
    public async Task Write_BlockedLongerThanItsCommandTimeout_StillSucceedsBecauseSqliteWaits()
    {
        await using var db = await CreateContextAsync();
        // Microsoft.Data.Sqlite alone gives up once the command timeout has passed ("database is locked").
        db.Database.SetCommandTimeout(1);

        await WriteWhileLockedAsync(db, TimeSpan.FromMilliseconds(1600));

        Assert.Equal(1L, await CountAsync(2));
    }

    [Fact]
    public async Task DataSource_ForQuartzsStore_OpensConnectionsWithTheBusyTimeout()
    {
        await using var source = new SqliteBusyTimeoutDataSource($"Data Source={DatabasePath};Pooling=True");
        await using var connection = await source.OpenConnectionAsync();

        Assert.Equal(SqliteBusyTimeout.Milliseconds, await BusyTimeoutAsync((SqliteConnection)connection));
        // Closed and opened again (from the pool), it still waits.
        await connection.CloseAsync();
        await connection.OpenAsync();
        Assert.Equal(SqliteBusyTimeout.Milliseconds, await BusyTimeoutAsync((SqliteConnection)connection));
    }

    /// <summary>
    /// Another connection holds the write lock for <paramref name="hold"/> while <paramref name="db"/> inserts the
    /// value 2; returns when the insert finished and when the lock was released, both from the lock's start.
    /// </summary>
    private async Task<(TimeSpan Elapsed, TimeSpan Released)> WriteWhileLockedAsync(AppDbContext db, TimeSpan hold)
    {
        await using var blocker = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await blocker.OpenAsync();
        var transaction = blocker.BeginTransaction();
        await using (var insert = blocker.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO probe (value) VALUES (1);";
            await insert.ExecuteNonQueryAsync();
        }
        var clock = Stopwatch.StartNew();
        var release = Task.Run(async () =>
        {
            await Task.Delay(hold);
            transaction.Commit();
            return clock.Elapsed;
        });

        await db.Database.ExecuteSqlRawAsync("INSERT INTO probe (value) VALUES (2);");
        var elapsed = clock.Elapsed;
        var released = await release;
        transaction.Dispose();
        return (elapsed, released);
    }

    private async Task<long> CountAsync(int value)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM probe WHERE value = {value};";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> BusyTimeoutAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private Task<AppDbContext> CreateContextAsync() =>
        _services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
}
