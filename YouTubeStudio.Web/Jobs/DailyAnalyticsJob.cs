using Quartz;
using YouTubeStudio.Core.YouTube.Integration;

namespace YouTubeStudio.Web.Jobs;

/// <summary>Once a day (cron <c>Analytics:PullCron</c>), queues a pull for every connected channel.</summary>
[DisallowConcurrentExecution]
public sealed class DailyAnalyticsJob(IYouTubeAnalyticsPuller puller) : IJob
{
    public static readonly JobKey Key = new("analytics-daily", AnalyticsPullJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var channelId in await puller.ConnectedChannelsAsync(cancellationToken))
        {
            await AnalyticsPullJob.ScheduleAsync(context.Scheduler, channelId, null, cancellationToken);
        }
    }
}
