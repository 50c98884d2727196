using Microsoft.Data.Sqlite;

namespace YouTubeStudio.Tests.Data;

/// <summary><see cref="ChannelServiceTests"/> on a SQLite file in a temporary data folder, as the app's default set-up.</summary>
public sealed class ChannelServiceSqliteTests : ChannelServiceTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ytstudio-sqlite-{Guid.NewGuid():N}");

    protected override string ExpectedProviderName => "Microsoft.EntityFrameworkCore.Sqlite";

    protected override Task<Dictionary<string, string?>> CreateDatabaseSettingsAsync() =>
        Task.FromResult(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Storage:Root"] = _root,
        });

    [Fact]
    public void Database_IsAFileInTheDataFolder()
    {
        Assert.True(File.Exists(Path.Combine(_root, Microsoft.Extensions.DependencyInjection.DataServiceCollectionExtensions.SqliteFileName)));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
