using Npgsql;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Data;

/// <summary><see cref="ChannelServiceTests"/> on the throwaway PostgreSQL server, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ChannelServicePostgresTests(PostgresServerFixture postgres) : ChannelServiceTests
{
    private string? _connectionString;

    protected override string ExpectedProviderName => "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override async Task<Dictionary<string, string?>> CreateDatabaseSettingsAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync("channels");
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = _connectionString,
            ["Storage:Root"] = Path.GetTempPath(),
        };
    }

    [Fact]
    public async Task Schema_UsesSnakeCaseTableAndColumnNames()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select table_name || '.' || column_name from information_schema.columns where table_schema = 'public'", connection);
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        }

        Assert.Contains("channels.budget_cap_usd", columns);
        Assert.Contains("channels.normalized_name", columns);
        Assert.Contains("channels.youtube_channel_id", columns);
        Assert.Contains("users.email", columns);
        Assert.DoesNotContain(columns, c => c.Any(char.IsUpper));
    }
}
