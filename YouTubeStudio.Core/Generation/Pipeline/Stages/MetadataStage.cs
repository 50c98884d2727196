using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

internal sealed class MetadataStage(IMetadataWriter writer, PriceBook prices) : IGenerationStage
{
    public const string StageName = "metadata";
    public string Name => StageName;
    public VideoStatus Status => VideoStatus.Thumbnailing;

    public decimal EstimateExternalUsd(StageContext context) => 0m;

    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var script = StageJson.Read<VideoScript>(context.PreviousOutputs, ScriptStage.StageName);
        var voice = StageJson.Read<VoiceOutput>(context.PreviousOutputs, VoiceStage.StageName);
        var result = await writer.WriteAsync(script, voice.Scenes.Select(s => s.Duration).ToList(), cancellationToken);
        var json = StageJson.Write(result.Metadata);
        await File.WriteAllTextAsync(Path.Combine(context.WorkDirectory, "metadata.json"), json, cancellationToken);
        return new StageOutcome(json, prices.Price(result.Usage), result.Usage.CpuSeconds, result.Usage.WallSeconds)
        {
            Title = result.Metadata.Title,
            Description = result.Metadata.Description,
            Tags = result.Metadata.Tags,
        };
    }
}
