using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

internal sealed class VisualsStage(ISceneRenderer renderer, PriceBook prices) : IGenerationStage
{
    public const string StageName = "visuals";
    public string Name => StageName;
    public VideoStatus Status => VideoStatus.Rendering;

    public decimal EstimateExternalUsd(StageContext context) => 0m;

    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var script = StageJson.Read<VideoScript>(context.PreviousOutputs, ScriptStage.StageName);
        var result = await renderer.RenderAsync(script, context.Video.Format, ChannelStyle.For(context.Channel), context.WorkDirectory, cancellationToken);
        return new StageOutcome(StageJson.Write(result.Files), prices.Price(result.Usage), result.Usage.CpuSeconds, result.Usage.WallSeconds);
    }
}
