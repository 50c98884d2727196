using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Tests.Data;

/// <summary>
/// The channel service and the data layer under it on a real database, wired as the app wires them
/// (<c>AddAppDatabase</c> + <c>AddChannels</c>). Each provider runs every test here in a subclass,
/// each test on a database of its own.
/// </summary>
public abstract class ChannelServiceTests : IAsyncLifetime
{
    private ServiceProvider? _services;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected IChannelService Channels => _services!.GetRequiredService<IChannelService>();

    /// <summary>The database settings of the provider under test (<c>Database:Provider</c>, connection string, <c>Storage:Root</c>).</summary>
    protected abstract Task<Dictionary<string, string?>> CreateDatabaseSettingsAsync();

    protected abstract string ExpectedProviderName { get; }

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(await CreateDatabaseSettingsAsync()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddAppDatabase(configuration)
            .AddChannels();
        // The host sets this through AddStudioIdentity; IdentityDbContext reads it to include the passkey table.
        services.Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        services.AddSingleton<TimeProvider>(Time);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var db = await CreateContextAsync();
        await db.Database.MigrateAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }

    protected Task<AppDbContext> CreateContextAsync() =>
        _services!.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task Migrate_OnAnEmptyDatabase_AppliesEveryMigrationAndMatchesTheModel()
    {
        await using var db = await CreateContextAsync();

        Assert.Equal(ExpectedProviderName, db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration of this provider captures: add a migration.");
        Assert.Equal(0, await db.Channels.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Migrate_RunAgain_ChangesNothing()
    {
        await using var db = await CreateContextAsync();

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task CreateUpdateDelete_RoundTripsEveryField()
    {
        var created = await Channels.CreateAsync(new ChannelInput
        {
            Name = "  Tech Daily  ",
            YouTubeChannelId = "UCabcdefghijklmnopqrstuv",
            YouTubeHandle = "techdaily",
            Niche = "Gadgets and how they work",
            Language = "pt-BR",
            ContentType = "mixed",
            DefaultVoice = "en+f3",
            VideosPerDay = 4,
            PublishTime = "06:45",
            TimeZone = "America/Sao_Paulo",
            AutoPublish = true,
            BudgetAlertUsd = 1.25m,
            BudgetCapUsd = 2m,
            IsActive = false,
        });
        Assert.True(created.IsOk, created.Message);
        var id = created.Value!.Id;

        var stored = await Channels.GetAsync(id);
        Assert.NotNull(stored);
        Assert.Equal("Tech Daily", stored.Name);
        Assert.Equal("TECH DAILY", stored.NormalizedName);
        Assert.Equal("UCabcdefghijklmnopqrstuv", stored.YouTubeChannelId);
        Assert.Equal("@techdaily", stored.YouTubeHandle);
        Assert.Equal("Gadgets and how they work", stored.Niche);
        Assert.Equal("pt-BR", stored.Language);
        Assert.Equal(ContentType.Mixed, stored.ContentType);
        Assert.Equal("en+f3", stored.DefaultVoice);
        Assert.Equal(4, stored.VideosPerDay);
        Assert.Equal(new TimeOnly(6, 45), stored.PublishTime);
        Assert.Equal("America/Sao_Paulo", stored.TimeZone);
        Assert.True(stored.AutoPublish);
        Assert.Equal(1.25m, stored.BudgetAlertUsd);
        Assert.Equal(2m, stored.BudgetCapUsd);
        Assert.False(stored.IsActive);
        Assert.Equal(Time.GetUtcNow(), stored.CreatedAt);

        Time.Advance(TimeSpan.FromMinutes(5));
        var updated = await Channels.UpdateAsync(id, new ChannelInput { Niche = "Phones", YouTubeHandle = "", ContentType = "landscape" });
        Assert.True(updated.IsOk, updated.Message);
        stored = await Channels.GetAsync(id);
        Assert.NotNull(stored);
        Assert.Equal("Phones", stored.Niche);
        Assert.Null(stored.YouTubeHandle);
        Assert.Equal(ContentType.Landscape, stored.ContentType);
        Assert.Equal("Tech Daily", stored.Name);
        Assert.Equal(4, stored.VideosPerDay);
        Assert.Equal(Time.GetUtcNow(), stored.UpdatedAt);
        Assert.Equal(Time.GetUtcNow().AddMinutes(-5), stored.CreatedAt);

        Assert.True(await Channels.DeleteAsync(id));
        Assert.Null(await Channels.GetAsync(id));
        Assert.False(await Channels.DeleteAsync(id));
        Assert.Empty(await Channels.ListAsync());
    }

    [Fact]
    public async Task Create_WithOnlyAName_StoresTheDefaults()
    {
        var created = await Channels.CreateAsync(new ChannelInput { Name = "Defaults" });

        Assert.True(created.IsOk, created.Message);
        var stored = await Channels.GetAsync(created.Value!.Id);
        Assert.NotNull(stored);
        Assert.Equal("en", stored.Language);
        Assert.Equal(ContentType.Shorts, stored.ContentType);
        Assert.Equal(new TimeOnly(17, 0), stored.PublishTime);
        Assert.Equal(2.50m, stored.BudgetAlertUsd);
        Assert.Equal(3.00m, stored.BudgetCapUsd);
        Assert.True(stored.IsActive);
    }

    [Fact]
    public async Task Create_WithANameDifferingOnlyInCase_IsAConflict()
    {
        Assert.True((await Channels.CreateAsync(new ChannelInput { Name = "Tech Daily" })).IsOk);

        var duplicate = await Channels.CreateAsync(new ChannelInput { Name = "TECH daily" });

        Assert.Equal(ResultStatus.Conflict, duplicate.Status);
        Assert.Contains("name", duplicate.Errors.Keys);
        Assert.Single(await Channels.ListAsync());
    }

    [Fact]
    public async Task Update_RenamingToAnotherNameInOtherCase_IsAConflictAndKeepsTheRow()
    {
        Assert.True((await Channels.CreateAsync(new ChannelInput { Name = "Alpha" })).IsOk);
        var beta = await Channels.CreateAsync(new ChannelInput { Name = "Beta" });

        var renamed = await Channels.UpdateAsync(beta.Value!.Id, new ChannelInput { Name = "alpha" });
        var ownCase = await Channels.UpdateAsync(beta.Value.Id, new ChannelInput { Name = "BETA" });

        Assert.Equal(ResultStatus.Conflict, renamed.Status);
        Assert.True(ownCase.IsOk, ownCase.Message);
        Assert.Equal(["Alpha", "BETA"], (await Channels.ListAsync()).Select(c => c.Name).ToArray());
    }

    [Fact]
    public async Task Create_TheSameNameConcurrently_CreatesOneAndReportsTheOthersAsConflicts()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => Channels.CreateAsync(new ChannelInput { Name = i % 2 == 0 ? "Race" : "RACE" }))));

        Assert.Single(attempts, r => r.IsOk);
        Assert.All(attempts.Where(r => !r.IsOk), r => Assert.Equal(ResultStatus.Conflict, r.Status));
        Assert.Single(await Channels.ListAsync());
    }

    [Fact]
    public async Task Database_RejectsASecondRowWithTheSameNormalizedName()
    {
        // The unique index is the last line of defence when two requests race past the service's check.
        await using (var db = await CreateContextAsync())
        {
            db.Channels.Add(NewChannel("Racing"));
            await db.SaveChangesAsync();
        }
        await using (var db = await CreateContextAsync())
        {
            db.Channels.Add(NewChannel("RACING"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using (var db = await CreateContextAsync())
        {
            Assert.Equal(1, await db.Channels.CountAsync());
        }
    }

    [Fact]
    public async Task List_OrdersByNameIgnoringCase()
    {
        foreach (var name in new[] { "beta", "Gamma", "alpha", "Delta" })
        {
            Assert.True((await Channels.CreateAsync(new ChannelInput { Name = name })).IsOk);
        }

        var names = (await Channels.ListAsync()).Select(c => c.Name).ToArray();

        Assert.Equal(["alpha", "beta", "Delta", "Gamma"], names);
    }

    [Fact]
    public async Task Timestamps_RoundTripAndOrderByInstantInQueries()
    {
        var instants = new[]
        {
            new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(1999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 25, 12, 0, 0, 1, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 25, 12, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 25, 12, 0, 0, 2, TimeSpan.Zero),
        };
        var byName = new Dictionary<string, DateTimeOffset>();
        for (var i = 0; i < instants.Length; i++)
        {
            Time.AdjustTime(instants[i]);
            var created = await Channels.CreateAsync(new ChannelInput { Name = $"At {i}" });
            Assert.True(created.IsOk, created.Message);
            byName[created.Value!.Name] = instants[i];
        }
        var expectedOrder = byName.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        var cutoff = new DateTimeOffset(2026, 11, 25, 12, 0, 0, 1, TimeSpan.Zero);

        await using var db = await CreateContextAsync();
        var ordered = await db.Channels.OrderBy(c => c.CreatedAt).Select(c => c.Name).ToArrayAsync();
        var newest = await db.Channels.OrderByDescending(c => c.CreatedAt).Select(c => c.Name).FirstAsync();
        var afterCutoff = await db.Channels.Where(c => c.CreatedAt > cutoff).Select(c => c.Name).ToListAsync();
        var stored = await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.CreatedAt);

        Assert.Equal(expectedOrder, ordered);
        Assert.Equal(expectedOrder[^1], newest);
        Assert.Equal(byName.Where(kv => kv.Value > cutoff).Select(kv => kv.Key).Order(), afterCutoff.Order());
        foreach (var (name, instant) in byName)
        {
            Assert.Equal(instant, stored[name]);
            Assert.Equal(TimeSpan.Zero, stored[name].Offset);
        }
    }

    [Theory]
    [InlineData("2.123456", "2.999999")]
    [InlineData("0", "0")]
    [InlineData("0.000001", "0.000002")]
    [InlineData("123456789.654321", "987654321987.123456")]
    public async Task Budgets_KeepSixDecimalPlaces(string alert, string cap)
    {
        var alertUsd = decimal.Parse(alert, System.Globalization.CultureInfo.InvariantCulture);
        var capUsd = decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture);

        var created = await Channels.CreateAsync(new ChannelInput { Name = "Budgeted", BudgetAlertUsd = alertUsd, BudgetCapUsd = capUsd });

        Assert.True(created.IsOk, created.Message);
        var stored = await Channels.GetAsync(created.Value!.Id);
        Assert.NotNull(stored);
        Assert.Equal(alertUsd, stored.BudgetAlertUsd);
        Assert.Equal(capUsd, stored.BudgetCapUsd);
    }

    private Channel NewChannel(string name) => new()
    {
        Name = name,
        NormalizedName = ChannelRules.Normalize(name),
        CreatedAt = Time.GetUtcNow(),
        UpdatedAt = Time.GetUtcNow(),
    };
}
