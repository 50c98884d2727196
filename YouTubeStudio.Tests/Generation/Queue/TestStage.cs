using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Tests.Generation.Queue;

/// <summary>
/// A pipeline stage under the test's control: it records start, completion and cancellation, runs
/// <paramref name="body"/> (wait on a gate, throw, take a while), writes a small artifact and costs 0.001 USD.
/// </summary>
public sealed class TestStage(
    string name,
    VideoStatus status,
    StageRecorder recorder,
    string instance = "A",
    Func<StageContext, CancellationToken, Task>? body = null) : IGenerationStage
{
    public const decimal CostPerRunUsd = 0.001m;

    public string Name => name;

    public VideoStatus Status => status;

    public decimal EstimateExternalUsd(StageContext context) => 0m;

    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var video = context.Video;
        recorder.Add(instance, video.Id, video.Topic, name, StageRecorder.Started);
        try
        {
            if (body is not null) await body(context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            recorder.Add(instance, video.Id, video.Topic, name, StageRecorder.Cancelled);
            throw;
        }
        await File.WriteAllTextAsync(Path.Combine(context.WorkDirectory, $"{name}.txt"), $"{name} of {video.Id}", CancellationToken.None);
        recorder.Add(instance, video.Id, video.Topic, name, StageRecorder.Completed);
        return new StageOutcome($$"""{"stage":"{{name}}","instance":"{{instance}}"}""", [new CostLine("test", 1, "runs", CostPerRunUsd)], 0.01, 0.01);
    }
}
