using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline;

/// <summary>One checkpointed step of the pipeline (script, voice, visuals, assembly, thumbnail, metadata).</summary>
public interface IGenerationStage
{
    /// <summary>Stable name, stored in checkpoints and cost entries.</summary>
    string Name { get; }

    /// <summary>The video status shown while it runs.</summary>
    VideoStatus Status { get; }

    /// <summary>Expected cost before it starts, excluding compute (which the runner estimates from history).</summary>
    decimal EstimateExternalUsd(StageContext context);

    /// <summary>Runs the stage, writing its artifacts into the work folder before returning.</summary>
    Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken);
}
