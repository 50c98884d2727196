using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using YouTubeStudio.Web.Jobs;

namespace YouTubeStudio.Tests.Jobs;

public sealed class AutoPublishJobExtensionsTests
{
    private static ServiceProvider Configure(string? cron)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["YouTube:AutoPublishCron"] = cron }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(q => q.AddAutoPublishJob(configuration));
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AddAutoPublishJob_WithoutACron_RunsEveryFifteenMinutesInTheMaintenanceGroup()
    {
        await using var provider = Configure(null);
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var job = await scheduler.GetJobDetail(AutoPublishJob.Key);
        Assert.NotNull(job);
        Assert.True(job.Durable);
        Assert.Equal(typeof(AutoPublishJob), job.JobType.Type);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(AutoPublishJob.Key)));
        Assert.Equal("maintenance", trigger.Key.Group);
        Assert.Equal("0 0/15 * * * ?", trigger.CronExpressionString);
        await scheduler.Shutdown();
    }

    [Fact]
    public void AddAutoPublishJob_WithABadCron_FailsNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configure("every now and then"));
        Assert.Contains("YouTube:AutoPublishCron", error.Message, StringComparison.Ordinal);
    }
}
