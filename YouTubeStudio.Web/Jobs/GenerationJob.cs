using Quartz;
using YouTubeStudio.Core.Generation.Queue;

namespace YouTubeStudio.Web.Jobs;

/// <summary>Runs one queued task. Its data map is the seed's queue message (task_id, video_id, action, params, priority, timestamp).</summary>
public sealed class GenerationJob(IGenerationRunner runner) : IJob
{
    public const string Group = "generation";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var taskId = Guid.Parse(context.MergedJobDataMap.GetString("task_id")!);
        await runner.RunAsync(taskId, cancellationToken);
    }
}
