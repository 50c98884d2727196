using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace YouTubeStudio.Core.Data;

/// <summary>Applies <see cref="SqliteBusyTimeout"/> to every connection the app's SQLite contexts open.</summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeoutInterceptor Instance = new();

    private SqliteBusyTimeoutInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqliteBusyTimeout.Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SqliteBusyTimeout.ApplyAsync(connection, cancellationToken);
}
