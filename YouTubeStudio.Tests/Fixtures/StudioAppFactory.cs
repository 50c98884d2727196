using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>
/// The whole app in memory, on its own data folder (deleted at dispose) and its own database:
/// SQLite in that folder by default, or PostgreSQL when <see cref="PostgresConnectionString"/> is set.
/// Set the init properties before the first request; the app starts lazily.
/// </summary>
public sealed class StudioAppFactory : WebApplicationFactory<Program>
{
    /// <summary>A password that satisfies Identity's rules; every user the helpers create has it.</summary>
    public const string Password = "Str0ng!Passw0rd";

    /// <summary>Reads and writes the API's snake_case JSON.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
    };

    /// <summary>The temporary <c>Storage:Root</c> of this app; set it to start a second app over the same folder.</summary>
    public string StorageRoot { get; init; } = Path.Combine(Path.GetTempPath(), $"ytstudio-app-{Guid.NewGuid():N}");

    /// <summary>Leave <see cref="StorageRoot"/> in place at dispose (another app instance takes it over).</summary>
    public bool KeepStorage { get; init; }

    /// <summary>Replaces services after the app's own registrations (test stages, options).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>When set, the app runs on PostgreSQL (<c>Database:Provider=Postgres</c>) with this connection string.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary><c>RateLimiting:Auth:PermitPerMinute</c>; high so tests do not trip it unless they mean to.</summary>
    public int AuthPermitPerMinute { get; init; } = 10_000;

    /// <summary><c>RateLimiting:Api:Burst</c>; high so tests do not trip it unless they mean to.</summary>
    public int ApiBurst { get; init; } = 100_000;

    /// <summary><c>RateLimiting:Api:PermitPerSecond</c>; high for the same reason.</summary>
    public int ApiPermitPerSecond { get; init; } = 100_000;

    /// <summary>Any other configuration, e.g. <c>["Identity:MaxFailedAccessAttempts"] = "3"</c>.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    public IAccountService Accounts => Services.GetRequiredService<IAccountService>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        Directory.CreateDirectory(StorageRoot);
        builder.UseSetting("Storage:Root", StorageRoot);
        builder.UseSetting("RateLimiting:Auth:PermitPerMinute", AuthPermitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:Api:Burst", ApiBurst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:Api:PermitPerSecond", ApiPermitPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", PostgresConnectionString);
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        // Keep the test log readable: warnings and errors only, without EF's expected first-migration probe.
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error));
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }

    /// <summary>
    /// A client signed in (bearer token) as a new user with <paramref name="role"/>. The first user of the
    /// installation registers through the API (and so becomes Admin); others are created by the account service.
    /// </summary>
    public async Task<HttpClient> CreateClientAsync(string role)
    {
        var email = await CreateUserAsync(role);
        return await CreateClientAsync(email, Password);
    }

    /// <summary>Creates a user with <paramref name="role"/> and password <see cref="Password"/>; returns the e-mail.</summary>
    public async Task<string> CreateUserAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        if (role == Roles.Admin && await Accounts.IsFirstRunAsync())
        {
            using var anonymous = CreateClient();
            using var response = await anonymous.PostJsonAsync("/api/v1/auth/register", new { email, password = Password });
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Registering the first user answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
        else
        {
            var created = await Accounts.CreateUserAsync(email, Password, role);
            if (!created.IsOk) throw new InvalidOperationException($"Creating a {role} failed: {created.Message}");
        }
        return email;
    }

    /// <summary>Logs in through <c>POST /api/v1/auth/login</c> and returns a client carrying the access token.</summary>
    public async Task<HttpClient> CreateClientAsync(string email, string password)
    {
        using var anonymous = CreateClient();
        using var response = await anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Login answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        var tokens = await response.ReadJsonAsync();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        if (PostgresConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
        }
        if (KeepStorage) return;
        try
        {
            if (Directory.Exists(StorageRoot)) Directory.Delete(StorageRoot, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
