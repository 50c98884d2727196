using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using YouTubeStudio.Web.Jobs;

namespace YouTubeStudio.Tests.Insights.App;

/// <summary>The nightly training job's registration: its cron comes from Insights:TrainCron and a bad one fails at start naming the key.</summary>
public sealed class ModelTrainingJobExtensionsTests
{
    [Fact]
    public void AddModelTrainingJob_WithoutASetting_RegistersTheJobOnTheDefaultSchedule()
    {
        var services = new ServiceCollection();

        services.AddQuartz(q => q.AddModelTrainingJob(Configuration(null)));

        Assert.Contains(services, d => d.ServiceType == typeof(ModelTrainingJob) || d.ImplementationType == typeof(ModelTrainingJob));
        Assert.Equal("maintenance", ModelTrainingJob.Key.Group);
        Assert.NotNull(new CronExpression(ModelTrainingJobExtensions.DefaultCron).GetNextValidTimeAfter(DateTimeOffset.UtcNow));
    }

    [Fact]
    public void AddModelTrainingJob_WithABadCron_FailsNamingTheKey()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddQuartz(q => q.AddModelTrainingJob(Configuration("every night"))));

        Assert.Contains(ModelTrainingJobExtensions.CronKey, error.Message);
    }

    private static IConfiguration Configuration(string? cron) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ModelTrainingJobExtensions.CronKey] = cron }).Build();
}
