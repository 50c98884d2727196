using System.Net;
using Npgsql;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Api;

/// <summary>The whole app on PostgreSQL (<c>Database:Provider=Postgres</c>): start-up migrations, accounts and channels through the API.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ChannelsEndpointsPostgresTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task App_OnPostgres_RegistersLogsInAndKeepsChannelsInPostgres()
    {
        var connectionString = await postgres.CreateDatabaseAsync("app");
        await using var app = new StudioAppFactory { PostgresConnectionString = connectionString };
        using var admin = await app.CreateClientAsync(Roles.Admin);

        using var created = await admin.PostJsonAsync("/api/v1/channels", new { name = "Postgres Daily", budget_alert_usd = 2.123456m });
        using var duplicate = await admin.PostJsonAsync("/api/v1/channels", new { name = "POSTGRES DAILY" });
        using var ready = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt64();
        await duplicate.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var fetched = await (await admin.GetAsync($"/api/v1/channels/{id}")).ReadJsonAsync();
        Assert.Equal(2.123456m, fetched.GetProperty("budget_alert_usd").GetDecimal());

        // The row is in this PostgreSQL database, not in a SQLite file beside it.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select name, budget_alert_usd from channels where id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("Postgres Daily", reader.GetString(0));
        Assert.Equal(2.123456m, reader.GetDecimal(1));
        Assert.False(File.Exists(Path.Combine(app.StorageRoot, Microsoft.Extensions.DependencyInjection.DataServiceCollectionExtensions.SqliteFileName)));
    }
}
