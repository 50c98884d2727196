using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

internal sealed class AssemblyStage(ISubtitleWriter subtitles, IVideoAssembler assembler, PriceBook prices) : IGenerationStage
{
    public const string StageName = "assembly";
    public const string OutputFile = "video.mp4";
    public string Name => StageName;
    public VideoStatus Status => VideoStatus.Assembling;

    public decimal EstimateExternalUsd(StageContext context) => 0m;

    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var script = StageJson.Read<VideoScript>(context.PreviousOutputs, ScriptStage.StageName);
        var voice = StageJson.Read<VoiceOutput>(context.PreviousOutputs, VoiceStage.StageName);
        var scenes = StageJson.Read<List<string>>(context.PreviousOutputs, VisualsStage.StageName);
        var subtitlePath = await subtitles.WriteAsync(script, voice.Scenes, context.Video.Format, Path.Combine(context.WorkDirectory, "subtitles.ass"), cancellationToken);
        var request = new VideoAssemblyRequest(scenes, voice.Scenes.Select(s => s.Duration).ToList(), voice.CombinedFile, subtitlePath,
            context.Video.Format, Path.Combine(context.WorkDirectory, OutputFile));
        var result = await assembler.AssembleAsync(request, context.Progress, cancellationToken);
        return new StageOutcome(StageJson.Write(new { file = OutputFile, duration_seconds = result.Duration.TotalSeconds }),
            prices.Price(result.Usage), result.Usage.CpuSeconds, result.Usage.WallSeconds)
        {
            DurationSeconds = result.Duration.TotalSeconds,
        };
    }
}
