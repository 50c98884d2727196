using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace YouTubeStudio.Core.Data;

/// <summary>
/// Hands out SQLite connections that get <see cref="SqliteBusyTimeout"/> whenever they open, for code that takes
/// a <see cref="DbDataSource"/> rather than an EF context: Quartz's SQLite job store.
/// </summary>
public sealed class SqliteBusyTimeoutDataSource(string connectionString) : DbDataSource
{
    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.StateChange += OnStateChange;
        return connection;
    }

    private static void OnStateChange(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Open && e.OriginalState != ConnectionState.Open) SqliteBusyTimeout.Apply((DbConnection)sender);
    }
}
