using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Bench.Bench;

/// <summary>A stage that does nothing but is checkpointed and priced like a real one, so the queue's own cost is what is measured.</summary>
internal sealed class NoOpStage(string name, VideoStatus status) : IGenerationStage
{
    public static readonly (string Name, VideoStatus Status)[] Pipeline =
    [
        ("script", VideoStatus.Scripting), ("voice", VideoStatus.Voicing), ("visuals", VideoStatus.Rendering),
        ("assembly", VideoStatus.Assembling), ("thumbnail", VideoStatus.Thumbnailing), ("metadata", VideoStatus.Thumbnailing),
    ];

    public string Name => name;

    public VideoStatus Status => status;

    public decimal EstimateExternalUsd(StageContext context) => 0m;

    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new StageOutcome("{}", [new CostLine("noop", 0.001m, "cpu_seconds", 0.0000278m)], 0.001, 0.001));
}
