using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

internal sealed class VoiceStage(IVoiceSynthesizer voice, PriceBook prices) : IGenerationStage
{
    public const string StageName = "voice";
    public string Name => StageName;
    public VideoStatus Status => VideoStatus.Voicing;

    public decimal EstimateExternalUsd(StageContext context) => 0m;

    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var script = StageJson.Read<VideoScript>(context.PreviousOutputs, ScriptStage.StageName);
        var settings = new VoiceSettings(context.Params.Voice ?? context.Channel.DefaultVoice, context.Params.WordsPerMinute ?? 175);
        var result = await voice.SynthesizeAsync(script.Scenes.Select(s => s.Narration).ToList(), settings, context.WorkDirectory, cancellationToken);
        return new StageOutcome(StageJson.Write(new VoiceOutput(result.Scenes, result.CombinedFile, result.TotalDuration)),
            prices.Price(result.Usage), result.Usage.CpuSeconds, result.Usage.WallSeconds)
        {
            DurationSeconds = result.TotalDuration.TotalSeconds,
        };
    }
}

internal sealed record VoiceOutput(IReadOnlyList<SceneVoice> Scenes, string CombinedFile, TimeSpan TotalDuration);
