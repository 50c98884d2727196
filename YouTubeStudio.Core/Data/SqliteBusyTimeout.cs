using System.Data.Common;

namespace YouTubeStudio.Core.Data;

/// <summary>
/// SQLite's own busy handler for every connection the app opens (decision 016). A statement that meets another
/// connection's write lock then waits inside SQLite, which tries again after 1, 2, 5, 10 ... and at most 100 ms,
/// for up to <see cref="Milliseconds"/>. Without it SQLite answers SQLITE_BUSY at once and Microsoft.Data.Sqlite
/// retries on its own, sleeping 150 ms between tries: a submission queued behind a Quartz store write waited a
/// whole 150 ms for a lock held for a few.
/// </summary>
public static class SqliteBusyTimeout
{
    /// <summary>
    /// How long SQLite waits for a lock. Past it, Microsoft.Data.Sqlite's own retries take over until the command
    /// timeout (30 s), so this bounds only the fast path.
    /// </summary>
    public const int Milliseconds = 5000;

    private static readonly string Pragma = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {Milliseconds};");

    /// <summary>Sets the busy timeout on an open connection; the setting lasts as long as the pooled native connection.</summary>
    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc cref="Apply"/>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
