using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Tests.Analytics;

/// <summary>
/// The analytics services on a real, migrated database, wired as the app wires them
/// (<c>AddAppDatabase</c> + <c>AddChannels</c> + <c>AddAnalytics</c>): a SQLite file in a temporary folder,
/// or PostgreSQL when given a connection string.
/// </summary>
public sealed class AnalyticsDatabase : IAsyncDisposable
{
    private AnalyticsDatabase(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<AnalyticsDatabase> CreateAsync(string? postgresConnectionString = null, DateTimeOffset? now = null, Action<IServiceCollection>? configure = null)
    {
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var root = Path.Combine(Path.GetTempPath(), $"ytstudio-analytics-{Guid.NewGuid():N}");
        var settings = postgresConnectionString is null
            ? new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Storage:Root"] = root }
            : new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Postgres"] = postgresConnectionString, ["Storage:Root"] = root };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddAppDatabase(configuration)
            .AddChannels()
            .AddAnalytics();
        services.Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        services.AddSingleton<TimeProvider>(time);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var database = new AnalyticsDatabase(provider, time);
        database.RootFolder = root;
        await using var db = await database.CreateContextAsync();
        await db.Database.MigrateAsync();
        return database;
    }

    private string RootFolder { get; set; } = "";

    public Task<AppDbContext> CreateContextAsync() => Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public async Task<Channel> AddChannelAsync(string name, bool isDemo = false)
    {
        await using var db = await CreateContextAsync();
        var channel = new Channel { Name = name, NormalizedName = ChannelRules.Normalize(name), IsDemo = isDemo, CreatedAt = Time.GetUtcNow(), UpdatedAt = Time.GetUtcNow() };
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    }

    /// <summary>A generated video of the channel with one cost entry of <paramref name="amount"/> at <paramref name="at"/>.</summary>
    public async Task AddCostAsync(long channelId, decimal amount, DateTimeOffset at)
    {
        await using var db = await CreateContextAsync();
        var video = new Video { ChannelId = channelId, Topic = "t", Format = VideoFormat.Shorts, Status = VideoStatus.Published, CreatedAt = at, UpdatedAt = at, CostUsd = amount };
        db.Videos.Add(video);
        await db.SaveChangesAsync();
        db.CostEntries.Add(new CostEntry { VideoId = video.Id, ChannelId = channelId, Stage = "voice", Provider = "test", Units = 1, Unit = "x", UnitPriceUsd = amount, AmountUsd = amount, CreatedAt = at });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(RootFolder)) Directory.Delete(RootFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
