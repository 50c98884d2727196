using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>
/// The one bunit set-up for MudBlazor components (STYLE.md): loose JS interop, MudBlazor's services,
/// a signed-in user whose roles are checked by the app's real policies, and, when a test asks for it,
/// the app's real Core services over a SQLite database in a temporary data folder.
/// </summary>
public class MudTestContext : BunitContext, IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ytstudio-ui-{Guid.NewGuid():N}");
    private bool _database;

    public MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Auth = AddAuthorization();
        // bunit's double answers policies by name; swap in the real evaluation of our role policies.
        Services.AddStudioPolicies();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationHandlerProvider, DefaultAuthorizationHandlerProvider>();
        Services.AddSingleton<IAuthorizationHandler, PassThroughAuthorizationHandler>();
        SignInAs(Roles.Admin);
    }

    public BunitAuthorizationContext Auth { get; }

    /// <summary>Time the Core services see; starts at 2026-11-25 12:00 UTC.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The scheduler the queue hands tasks to; here it only records them (no Quartz, no rendering).</summary>
    public RecordingTaskScheduler Scheduler { get; } = new();

    public string StorageRoot => _root;

    public void SignInAs(string role)
    {
        Auth.SetAuthorized($"{role.ToLowerInvariant()}@example.com");
        Auth.SetRoles(role);
    }

    /// <summary>
    /// Registers the app's Core services (database, channels, generation queue, videos, costs, events)
    /// as Program.cs does, over SQLite in a temporary folder. Call before the first render.
    /// </summary>
    public void UseStudioServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Storage:Root"] = _root,
        }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddLogging();
        Services.AddAppDatabase(configuration);
        Services.AddChannels();
        Services.AddGeneration();
        Services.Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
        Services.AddSingleton<ITaskScheduler>(Scheduler);
        _database = true;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public Task<AppDbContext> CreateDbContextAsync() => Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>Runs after the constructors, so subclasses have registered their services before the renderer exists.</summary>
    public virtual async Task InitializeAsync()
    {
        // Pages run in interactive server mode in the app.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        if (!_database) return;
        await using var db = await CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database) SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
