using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Insights;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

/// <summary>
/// Scores the generated metadata (DESIGN.md §4 action "score") with the channel's best content model and keeps the
/// score on the video. Insights are optional here: a host without them (the pipeline's own tests) scores with the
/// cold-start rules rather than failing to build the pipeline.
/// </summary>
internal sealed class ScoreStage(IServiceProvider services, PriceBook prices) : IGenerationStage
{
    public const string StageName = "score";
    public const string Provider = "content-score";
    public string Name => StageName;
    public VideoStatus Status => VideoStatus.Thumbnailing;

    public decimal EstimateExternalUsd(StageContext context) => 0m;

    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var metadata = StageJson.Read<VideoMetadata>(context.PreviousOutputs, MetadataStage.StageName);
        var duration = context.Video.DurationSeconds
            ?? (context.PreviousOutputs.ContainsKey(VoiceStage.StageName)
                ? StageJson.Read<VoiceOutput>(context.PreviousOutputs, VoiceStage.StageName).TotalDuration.TotalSeconds
                : null);
        var draft = new ContentDraft(
            string.IsNullOrWhiteSpace(metadata.Title) ? context.Video.Title ?? "" : metadata.Title,
            metadata.Description,
            metadata.Tags,
            duration is { } d ? (int)Math.Round(d) : null,
            null,
            context.Video.Format == VideoFormat.Shorts ? ContentType.Shorts : ContentType.Landscape);
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            draft = draft with { Title = "Untitled" };
        }

        var scorer = services.GetService<IContentScorer>() ?? new ContentScorer(TimeProvider.System);
        var model = services.GetService<IInsightsService>() is { } insights
            ? await insights.GetContentModelAsync(context.Channel.Id, cancellationToken)
            : null;
        var (score, cpuSeconds) = await CpuClock.RunMeasuredAsync(() => scorer.Score(draft, model), cancellationToken);

        var json = StageJson.Write(new { score = score.Score, model = score.Model, reasons = score.Reasons });
        await File.WriteAllTextAsync(Path.Combine(context.WorkDirectory, "score.json"), json, cancellationToken);
        return new StageOutcome(json, [prices.Compute(Provider, cpuSeconds)], cpuSeconds, Stopwatch.GetElapsedTime(started).TotalSeconds)
        {
            ContentScore = score.Score,
        };
    }
}
