using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

internal sealed class ScriptStage(IScriptWriter writer, PriceBook prices, IOptions<LlmOptions> llm) : IGenerationStage
{
    public const string StageName = "script";
    public string Name => StageName;
    public VideoStatus Status => VideoStatus.Scripting;

    public decimal EstimateExternalUsd(StageContext context) =>
        llm.Value.IsConfigured ? prices.EstimateLlm(llm.Value.Model ?? "") : 0m;

    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var request = new ScriptRequest(context.Video.Topic, context.Channel.Niche, context.Channel.Language, context.Video.Format,
            context.Params.TargetSeconds ?? 0, context.Params.Style);
        var result = await writer.WriteAsync(request, cancellationToken);
        var json = StageJson.Write(result.Script);
        await File.WriteAllTextAsync(Path.Combine(context.WorkDirectory, "script.json"), json, cancellationToken);
        return new StageOutcome(json, prices.Price(result.Usage), result.Usage.CpuSeconds, result.Usage.WallSeconds)
        {
            Title = result.Script.Title,
            Description = result.Script.Description,
            Tags = result.Script.Tags,
        };
    }
}
