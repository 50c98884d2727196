using Microsoft.EntityFrameworkCore;

namespace YouTubeStudio.Core.Data;

/// <summary>Lets services ask for <see cref="AppDbContext"/> whatever provider subclass is configured.</summary>
internal sealed class AppDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AppDbContext>
    where TContext : AppDbContext
{
    public AppDbContext CreateDbContext() => inner.CreateDbContext();
}
