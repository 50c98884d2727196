using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

internal sealed class ThumbnailStage(IThumbnailRenderer renderer, PriceBook prices) : IGenerationStage
{
    public const string StageName = "thumbnail";
    public string Name => StageName;
    public VideoStatus Status => VideoStatus.Thumbnailing;

    public decimal EstimateExternalUsd(StageContext context) => 0m;

    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var script = StageJson.Read<VideoScript>(context.PreviousOutputs, ScriptStage.StageName);
        var result = await renderer.RenderAsync(script, ChannelStyle.For(context.Channel), Path.Combine(context.WorkDirectory, "thumbnail.png"), cancellationToken);
        return new StageOutcome(StageJson.Write(new { file = "thumbnail.png" }), prices.Price(result.Usage), result.Usage.CpuSeconds, result.Usage.WallSeconds);
    }
}
