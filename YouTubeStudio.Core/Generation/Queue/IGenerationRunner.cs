namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>Runs one queued task through the pipeline; called by the job scheduler.</summary>
public interface IGenerationRunner
{
    /// <summary>Claims the task (no-op when another worker has it or it is no longer queued) and runs it to its end.</summary>
    Task RunAsync(Guid taskId, CancellationToken cancellationToken);
}
