using System.ComponentModel.DataAnnotations;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Data;

/// <summary><c>Database:*</c> settings: a bad combination stops the app at start-up with a message naming the key to set.</summary>
public sealed class DatabaseOptionsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres, null, false)]
    [InlineData(DatabaseProvider.Postgres, "  ", false)]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=studio", true)]
    [InlineData(DatabaseProvider.Sqlite, null, true)]
    public void Validate_RequiresAConnectionStringOnlyForPostgres(DatabaseProvider provider, string? connectionString, bool valid)
    {
        var options = new DatabaseOptions { Provider = provider, PostgresConnectionString = connectionString };

        var errors = options.Validate(new ValidationContext(options)).ToList();

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Contains("ConnectionStrings:Postgres", e.ErrorMessage));
    }

    [Fact]
    public async Task App_WithPostgresAndNoConnectionString_FailsToStartNamingTheKey()
    {
        await using var app = new StudioAppFactory { Settings = { ["Database:Provider"] = "Postgres" } };

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains("ConnectionStrings:Postgres", error.ToString());
    }
}
