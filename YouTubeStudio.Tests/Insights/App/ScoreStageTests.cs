using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Generation.Pipeline.Stages;
using YouTubeStudio.Core.Insights;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Tests.Insights.App;

/// <summary>The pipeline's "score" stage: scores the metadata stage's output for the video's channel and prices its CPU.</summary>
public sealed class ScoreStageTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("ytstudio-score-").FullName;
    private readonly PriceBook _prices = new(Options.Create(new PriceBookOptions()), Options.Create(new CostOptions()));

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Run_ScoresTheGeneratedMetadataWithTheChannelsModelAndPricesTheCompute()
    {
        var insights = new RecordingInsights();
        var services = new ServiceCollection().AddSingleton<IInsightsService>(insights).AddSingleton<IContentScorer>(new ContentScorer(TimeProvider.System)).BuildServiceProvider();
        var stage = new ScoreStage(services, _prices);

        var outcome = await stage.RunAsync(Context(), CancellationToken.None);

        Assert.Equal("score", stage.Name);
        Assert.Equal(VideoStatus.Thumbnailing, stage.Status);
        Assert.Equal([42L], insights.Channels);
        Assert.NotNull(outcome.ContentScore);
        Assert.InRange(outcome.ContentScore!.Value, 0, 100);
        var cost = Assert.Single(outcome.Costs);
        Assert.Equal("cpu_seconds", cost.Unit);
        Assert.Contains("\"score\"", outcome.OutputJson);
        Assert.Contains("cold_start_rules", outcome.OutputJson);
        Assert.True(File.Exists(Path.Combine(_work, "score.json")));
    }

    [Fact]
    public async Task Run_WithoutInsightsRegistered_ScoresWithTheColdStartRules()
    {
        var stage = new ScoreStage(new ServiceCollection().BuildServiceProvider(), _prices);

        var outcome = await stage.RunAsync(Context(), CancellationToken.None);

        Assert.NotNull(outcome.ContentScore);
        Assert.Contains("cold_start_rules", outcome.OutputJson);
    }

    [Fact]
    public void AddGeneration_RegistersScoreRightAfterMetadata()
    {
        var names = StageOrder();

        var metadata = names.IndexOf("MetadataStage");
        Assert.True(metadata >= 0);
        Assert.Equal("ScoreStage", names[metadata + 1]);
    }

    private static List<string> StageOrder() =>
        new ServiceCollection().AddGeneration()
            .Where(d => d.ServiceType == typeof(IGenerationStage))
            .Select(d => d.ImplementationType?.Name ?? "")
            .ToList();

    private StageContext Context()
    {
        var metadata = new VideoMetadata("7 Python tips nobody tells you about", "Python tips for a faster start: tools and habits.", ["python", "tips", "tutorial"], [new VideoChapter(TimeSpan.Zero, "Intro")]);
        var video = new Video { Id = 7, ChannelId = 42, Topic = "python tips", Format = VideoFormat.Shorts, DurationSeconds = 45 };
        var channel = new Channel { Id = 42, Name = "Tech" };
        return new StageContext(video, channel, new GenerationParams(), _work,
            new Dictionary<string, string> { [MetadataStage.StageName] = StageJson.Write(metadata) }, new Progress<double>());
    }

    private sealed class RecordingInsights : IInsightsService
    {
        public List<long?> Channels { get; } = [];

        public Task<TrainedContentModel?> GetContentModelAsync(long? channelId, CancellationToken cancellationToken = default)
        {
            Channels.Add(channelId);
            return Task.FromResult<TrainedContentModel?>(null);
        }

        public Task<Result<ChannelForecast>> PredictTrendAsync(long channelId, int historicalDays, int forecastDays, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<Result<ContentScore>> ScoreContentAsync(ContentDraft draft, long? channelId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<Result<ModelVersionInfo>> TrainAsync(long? channelId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<ModelVersionInfo>> TrainAllAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<ModelVersionInfo>> ListModelVersionsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
