using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Core.Data;

/// <summary>Applies pending migrations and creates the roles before the app serves its first request.</summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets the UI read while a job writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            foreach (var migration in pending)
            {
                LogApplying(migration, db.Database.ProviderName ?? "?");
            }
            await db.Database.MigrateAsync(cancellationToken);
            if (pending.Count == 0) LogUpToDate(db.Database.ProviderName ?? "?");
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying migration {Migration} ({Provider})")]
    private partial void LogApplying(string migration, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider})")]
    private partial void LogUpToDate(string provider);
}
