using Quartz;
using YouTubeStudio.Core.YouTube.Publishing;

namespace YouTubeStudio.Web.Jobs;

/// <summary>Schedules the ready videos of auto-publishing channels into their next free slots (YouTube:AutoPublishCron).</summary>
[DisallowConcurrentExecution]
public sealed partial class AutoPublishJob(IAutoPublishService autoPublish, ILogger<AutoPublishJob> logger) : IJob
{
    public const string Group = "maintenance";
    public static readonly JobKey Key = new("auto-publish", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = await autoPublish.RunAsync(cancellationToken);
        if (queued > 0) LogQueued(queued);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Auto-publish queued {Count} videos")]
    private partial void LogQueued(int count);
}
