using System.Globalization;
using Quartz;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Core.YouTube.Integration;

namespace YouTubeStudio.Web.Jobs;

/// <summary>Pulls one channel's analytics (on demand or from the daily run). Waits for the quota day when YouTube says so.</summary>
[DisallowConcurrentExecution]
public sealed partial class AnalyticsPullJob(IYouTubeAnalyticsPuller puller, ILogger<AnalyticsPullJob> logger) : IJob
{
    public const string Group = "maintenance";

    public static JobKey KeyFor(long channelId) => new($"analytics-{channelId.ToString(CultureInfo.InvariantCulture)}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var channelId = long.Parse(context.MergedJobDataMap.GetString("channel_id")!, CultureInfo.InvariantCulture);
        try
        {
            await puller.PullAsync(channelId, cancellationToken);
        }
        catch (YouTubeQuotaExceededException quota)
        {
            LogQuota(channelId, quota.RetryAfterUtc);
            await ScheduleAsync(context.Scheduler, channelId, quota.RetryAfterUtc, cancellationToken);
        }
        catch (YouTubeException ex)
        {
            // Auth problems mark the channel "reconnect"; others wait for the next run.
            LogFailed(ex, channelId);
        }
    }

    public static async Task ScheduleAsync(IScheduler scheduler, long channelId, DateTimeOffset? at, CancellationToken ct)
    {
        var job = JobBuilder.Create<AnalyticsPullJob>().WithIdentity(KeyFor(channelId))
            .UsingJobData("channel_id", channelId.ToString(CultureInfo.InvariantCulture)).Build();
        var trigger = TriggerBuilder.Create().WithIdentity(job.Key.Name, Group).ForJob(job)
            .StartAt(at ?? DateTimeOffset.UtcNow).Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics pull of channel {ChannelId} waits for the YouTube quota until {RetryAfter}")]
    private partial void LogQuota(long channelId, DateTimeOffset retryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics pull of channel {ChannelId} failed")]
    private partial void LogFailed(Exception ex, long channelId);
}
