using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Notifications;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Tests.Notifications;

/// <summary>
/// The notification services on a real, migrated SQLite database in a temporary folder, wired as the app wires
/// them (<c>AddAppDatabase</c> + <c>AddAccounts</c> + <c>AddNotifications</c>), with short retry delays.
/// </summary>
public sealed class NotificationsHarness : IAsyncDisposable
{
    private readonly string _root;
    private List<IHostedService> _started = [];

    private NotificationsHarness(ServiceProvider services, string root)
    {
        Services = services;
        _root = root;
    }

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<NotificationsHarness> CreateAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var root = Path.Combine(Path.GetTempPath(), $"ytstudio-notify-{Guid.NewGuid():N}");
        var all = new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Storage:Root"] = root };
        foreach (var (k, v) in settings ?? []) all[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddAppDatabase(configuration)
            .AddAccounts()
            .AddNotifications();
        services.Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(root, "keys")));
        services.Configure<WebhookOptions>(o =>
        {
            o.Backoff = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100)];
            o.RetryScanInterval = TimeSpan.FromMilliseconds(100);
            o.Timeout = TimeSpan.FromSeconds(5);
        });
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var harness = new NotificationsHarness(provider, root);
        await using var db = await harness.CreateContextAsync();
        await db.Database.MigrateAsync();
        return harness;
    }

    public Task<AppDbContext> CreateContextAsync() => Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>Starts the hosted services (the dispatcher's subscription and the retry loop).</summary>
    public async Task StartAsync()
    {
        // Only this feature's: the database migrator needs Identity's role manager, which the host wires.
        _started = Services.GetServices<IHostedService>().Where(s => s.GetType().Namespace == typeof(NotificationDispatcher).Namespace).ToList();
        Assert.Equal(2, _started.Count);
        foreach (var s in _started) await s.StartAsync(CancellationToken.None);
    }

    public async Task<string> AddUserAsync(string role)
    {
        await using var db = await CreateContextAsync();
        var roleRow = await db.Roles.FirstOrDefaultAsync(r => r.Name == role);
        if (roleRow is null)
        {
            roleRow = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(roleRow);
        }
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var user = new ApplicationUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), CreatedAt = DateTimeOffset.UtcNow };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id });
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A channel and a generated video with its finished generate task.</summary>
    public async Task<(Video Video, GenerationTask Task)> AddVideoAsync(VideoStatus status, string? failureReason = null, string? youTubeId = null)
    {
        await using var db = await CreateContextAsync();
        var now = DateTimeOffset.UtcNow;
        var name = $"Tech Daily {Guid.NewGuid():N}"[..20];
        var channel = new Channel { Name = name, NormalizedName = ChannelRules.Normalize(name), CreatedAt = now, UpdatedAt = now };
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        var video = new Video { ChannelId = channel.Id, Topic = "Rust in 60 seconds", Title = "Rust in 60 seconds", Format = VideoFormat.Shorts, Status = status,
            FailureReason = failureReason, CostUsd = 0.0123m, YouTubeVideoId = youTubeId, CreatedAt = now, UpdatedAt = now };
        db.Videos.Add(video);
        await db.SaveChangesAsync();
        var task = new GenerationTask { Id = Guid.NewGuid(), VideoId = video.Id, Status = status, FailureReason = failureReason, LastError = failureReason is null ? null : "The next stage would cross the cap.",
            QueuedAt = now, Timestamp = now, CostUsd = video.CostUsd };
        db.GenerationTasks.Add(task);
        await db.SaveChangesAsync();
        return (video, task);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _started) await s.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
