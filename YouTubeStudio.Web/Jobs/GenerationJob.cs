using Quartz;
using YouTubeStudio.Core.Generation.Queue;

namespace YouTubeStudio.Web.Jobs;

/// <summary>Runs one queued task. Its data map is the seed's queue message (task_id, video_id, action, params, priority, timestamp).</summary>
public sealed class GenerationJob(IGenerationRunner runner) : IJob
{
    public const string Group = "generation";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.Trigger.Key.Group == QuartzTaskScheduler.ReleaseGroup)
        {
            // A retry's back-off is over: queue it in its priority band rather than run it out of turn.
            await QuartzTaskScheduler.ReleaseAsync(context, cancellationToken);
            return;
        }
        var taskId = Guid.Parse(context.MergedJobDataMap.GetString("task_id")!);
        await runner.RunAsync(taskId, cancellationToken);
    }
}
