using YouTubeStudio.Web.Jobs;

namespace Quartz;

public static class ModelTrainingJobExtensions
{
    /// <summary>The options key of the training schedule (a Quartz cron expression, server time zone UTC).</summary>
    public const string CronKey = "Insights:TrainCron";

    /// <summary>Every day at 03:30 UTC, after the night's analytics pull.</summary>
    public const string DefaultCron = "0 30 3 * * ?";

    /// <summary>Registers <see cref="ModelTrainingJob"/> with its cron trigger (<see cref="CronKey"/>, default daily 03:30 UTC).</summary>
    public static IQuartzBuilder AddModelTrainingJob(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var cron = configuration[CronKey];
        if (string.IsNullOrWhiteSpace(cron)) cron = DefaultCron;
        try
        {
            _ = new CronExpression(cron);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"{CronKey} is not a valid Quartz cron expression: '{cron}' (e.g. '{DefaultCron}'): {ex.Message}", ex);
        }

        quartz.AddJob<ModelTrainingJob>(j => j.WithIdentity(ModelTrainingJob.Key).StoreDurably().WithDescription("Retrains the content-score models"));
        quartz.AddTrigger(t => t
            .ForJob(ModelTrainingJob.Key)
            .WithIdentity(ModelTrainingJob.TriggerKey)
            .WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc)));
        return quartz;
    }
}
