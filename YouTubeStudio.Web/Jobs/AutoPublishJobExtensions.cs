using Quartz;
using YouTubeStudio.Web.Jobs;

namespace Microsoft.Extensions.DependencyInjection;

public static class AutoPublishJobExtensions
{
    /// <summary>The configuration key of the auto-publish schedule (a Quartz cron expression).</summary>
    public const string CronKey = "YouTube:AutoPublishCron";

    /// <summary>Every 15 minutes.</summary>
    public const string DefaultCron = "0 0/15 * * * ?";

    /// <summary>
    /// The auto-publish job (<see cref="AutoPublishJob"/>), in the <c>maintenance</c> trigger group, on the cron schedule of
    /// <c>YouTube:AutoPublishCron</c> (default every 15 minutes). A bad expression fails at start-up naming the key.
    /// </summary>
    public static IQuartzBuilder AddAutoPublishJob(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var cron = configuration[CronKey] is { Length: > 0 } configured ? configured.Trim() : DefaultCron;
        if (!CronExpression.TryParse(cron, out _))
            throw new InvalidOperationException($"{CronKey} must be a Quartz cron expression such as '{DefaultCron}', got '{cron}'.");
        quartz.AddJob<AutoPublishJob>(j => j.WithIdentity(AutoPublishJob.Key).StoreDurably().WithDescription("Schedules ready videos of auto-publishing channels"));
        quartz.AddTrigger(t => t
            .ForJob(AutoPublishJob.Key)
            .WithIdentity("auto-publish", AutoPublishJob.Group)
            .WithCronSchedule(cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
        return quartz;
    }
}
