using Quartz;
using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Web.Jobs;

/// <summary>Retrains the content models: each channel with enough videos, then the installation-wide one.</summary>
[DisallowConcurrentExecution]
public sealed class ModelTrainingJob(IInsightsService insights, ILogger<ModelTrainingJob> logger) : IJob
{
    public const string Group = "maintenance";
    public static readonly JobKey Key = new("model-training", Group);
    public static readonly TriggerKey TriggerKey = new("model-training-cron", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var trained = await insights.TrainAllAsync(cancellationToken);
        logger.LogInformation("Scheduled training stored {Count} content model version(s)", trained.Count);
    }
}
