using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Storage;

namespace Microsoft.Extensions.DependencyInjection;

public static class DataServiceCollectionExtensions
{
    public const string SqliteFileName = "studio.db";

    /// <summary>
    /// The database (SQLite by default, PostgreSQL when <c>Database:Provider</c> says so), a context factory
    /// for components and services, a scoped context for Identity's stores, and migrations at start-up.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Configure<IConfiguration>((o, c) => o.PostgresConnectionString ??= c.GetConnectionString("Postgres"))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var provider = configuration.GetValue($"{DatabaseOptions.SectionName}:Provider", DatabaseProvider.Sqlite);
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextFactory<PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.PostgresConnectionString,
                    npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history").EnableRetryOnFailure(3))
                .UseSnakeCaseNamingConvention());
            services.AddSingleton<IDbContextFactory<AppDbContext>>(sp =>
                new AppDbContextFactory<PostgresAppDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresAppDbContext>>()));
        }
        else
        {
            services.AddDbContextFactory<SqliteAppDbContext>((sp, o) => o
                .UseSqlite(SqliteConnectionString(sp.GetRequiredService<IOptions<StorageOptions>>().Value),
                    sqlite => sqlite.MigrationsHistoryTable("__ef_migrations_history"))
                .AddInterceptors(SqliteBusyTimeoutInterceptor.Instance)
                .UseSnakeCaseNamingConvention());
            services.AddSingleton<IDbContextFactory<AppDbContext>>(sp =>
                new AppDbContextFactory<SqliteAppDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteAppDbContext>>()));
        }

        // Identity's stores take a scoped context; the container disposes it with the scope.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    public static string SqliteConnectionString(StorageOptions storage)
    {
        Directory.CreateDirectory(storage.FullRoot);
        return $"Data Source={Path.Combine(storage.FullRoot, SqliteFileName)};Pooling=True;Default Timeout=30";
    }
}
