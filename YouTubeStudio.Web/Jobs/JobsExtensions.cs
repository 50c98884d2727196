using Quartz;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Web.Jobs;

namespace Microsoft.Extensions.DependencyInjection;

public static class JobsExtensions
{
    public const string QuartzSqliteFileName = "quartz.db";
    public const int MaintenanceThreads = 2;

    /// <summary>
    /// Quartz with its persistent store: SQLite (a file beside the app's) or PostgreSQL, clustered there
    /// so several instances share the queue and run each task once. Generation runs at most Generation:Concurrency tasks at once per instance.
    /// </summary>
    public static IServiceCollection AddStudioJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var generation = configuration.GetSection(GenerationOptions.SectionName).Get<GenerationOptions>() ?? new GenerationOptions();
        var provider = configuration.GetValue($"{DatabaseOptions.SectionName}:Provider", DatabaseProvider.Sqlite);
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();

        services.AddSingleton<ITaskScheduler, QuartzTaskScheduler>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "YouTubeStudio";
                o.GenerateInstanceId = true;
                // Quartz never interrupts running jobs at shutdown by default: a stop would wait for whole renders.
                // Interrupted, the runner hands its task back and it resumes at the same stage after the restart.
                o.ShutdownJobInterruption = ShutdownJobInterruption.Always;
            });
            // Generation may use Generation:Concurrency threads; two more keep analytics pulls and
            // schedules running while a backlog of renders waits.
            q.UseDefaultThreadPool(tp => tp.MaxConcurrency = Math.Max(1, generation.Concurrency) + MaintenanceThreads);
            q.UseExecutionLimits(limits => limits
                .UseTriggerGroupWhenUnset()
                .ForGroup(GenerationJob.Group, Math.Max(1, generation.Concurrency), ExecutionLimitScope.Node));
            var pullCron = configuration[$"{YouTubeStudio.Core.Analytics.AnalyticsPullOptions.SectionName}:PullCron"] ?? new YouTubeStudio.Core.Analytics.AnalyticsPullOptions().PullCron;
            q.AddJob<DailyAnalyticsJob>(j => j.WithIdentity(DailyAnalyticsJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(DailyAnalyticsJob.Key).WithIdentity("analytics-daily", AnalyticsPullJob.Group).WithCronSchedule(pullCron));
            q.AddAutoPublishJob(configuration);
            q.AddModelTrainingJob(configuration);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (provider == DatabaseProvider.Postgres)
                {
                    var cs = configuration.GetConnectionString("Postgres") ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required when Database:Provider is Postgres.");
                    store.UsePostgres(cs);
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                }
                else
                {
                    Directory.CreateDirectory(storage.FullRoot);
                    var quartzDb = Path.Combine(storage.FullRoot, QuartzSqliteFileName);
                    UseWriteAheadLog(quartzDb);
                    // The connection string takes no busy timeout, so the connections come from a data source that sets it.
                    var connectionString = $"Data Source={quartzDb};Pooling=True;Default Timeout=30";
                    store.UseSqlite(o => o.DataSourceFactory = _ => new SqliteBusyTimeoutDataSource(connectionString));
                }
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<GenerationRecoveryService>();
        return services;
    }

    /// <summary>
    /// Quartz writes its store on every firing; in SQLite's default rollback journal those writes and the
    /// submissions' reads lock each other out. WAL, like the app's own database, lets them overlap (writers still
    /// take turns, waiting through the busy timeout). The mode is kept in the file, so setting it once is enough.
    /// </summary>
    private static void UseWriteAheadLog(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
