using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Insights;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Web.Components.Pages.Insights;

namespace YouTubeStudio.Tests.Insights.App;

/// <summary>
/// The Idea lab in bunit: real cold-start scores (the real <see cref="ContentScorer"/> behind a stand-in insights
/// service), one channel, a queue that records what is submitted. MudBlazor set-up as STYLE.md says: loose JS, AddMudServices.
/// </summary>
public sealed class IdeaLabPageTests : BunitContext, IAsyncLifetime
{
    // Titles are scored 400 ms after the last keystroke.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly RecordingQueue _queue = new();

    public IdeaLabPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IInsightsService>(new ScoringInsights());
        Services.AddSingleton<IChannelService>(new OneChannel());
        Services.AddSingleton<IGenerationQueue>(_queue);
        var auth = AddAuthorization();
        auth.SetAuthorized("editor@example.com");
        auth.SetRoles(Roles.Manager);
        auth.SetPolicies(Policies.CanRead, Policies.CanEdit);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only asynchronously disposable.
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    [Fact]
    public void TypingATitle_ShowsItsScoreInTheGaugeAndTheReasons()
    {
        var cut = Render<IdeaLabPage>();

        Input(cut, "candidate-title-0").Input("7 Python tips nobody tells beginners");

        cut.WaitForAssertion(() =>
        {
            var score = int.Parse(cut.Find("[data-testid=gauge-score]").TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(score, 0, 100);
            Assert.Contains("/ 100", cut.Find("[data-testid=candidate-score-0]").TextContent);
            Assert.NotEmpty(cut.FindAll("[data-testid=reason]"));
            Assert.Contains("cold-start rules", cut.Find("[data-testid=gauge-model]").TextContent);
        }, Timeout);
    }

    [Fact]
    public void AddingCandidates_ScoresEachAndHighlightsTheBest()
    {
        var cut = Render<IdeaLabPage>();

        Input(cut, "candidate-title-0").Input("video");
        cut.WaitForAssertion(() => Assert.NotNull(ScoreOf(cut, 0)), Timeout);
        Input(cut, "candidate-title-1").Input("How I set up Python on a new laptop in 10 minutes");
        cut.WaitForAssertion(() => Assert.NotNull(ScoreOf(cut, 1)), Timeout);
        cut.Find("button[data-testid=add-candidate]").Click();
        cut.WaitForElement("[data-testid=candidate-title-2]", Timeout);
        Input(cut, "candidate-title-2").Input("Python setup: 5 mistakes to avoid");

        cut.WaitForAssertion(() =>
        {
            var scores = Enumerable.Range(0, 3).Select(i => ScoreOf(cut, i)).ToList();
            Assert.All(scores, s => Assert.NotNull(s));
            var best = cut.FindAll("[data-best=true]");
            var highlighted = Assert.Single(best);
            var index = int.Parse(highlighted.GetAttribute("data-testid")!["candidate-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(scores.Max(), scores[index]);
            Assert.NotNull(highlighted.QuerySelector("[data-testid=best-chip]"));
        }, Timeout);
    }

    [Fact]
    public void QueueThis_SubmitsTheTitleAsTheTopicForTheChannel()
    {
        var cut = Render<IdeaLabPage>();
        Input(cut, "candidate-title-0").Input("7 Python tips nobody tells beginners");
        cut.WaitForAssertion(() => Assert.NotNull(ScoreOf(cut, 0)), Timeout);

        cut.Find("[data-testid=queue-candidate-0]").Click();

        cut.WaitForAssertion(() =>
        {
            var request = Assert.Single(_queue.Requests);
            Assert.Equal(OneChannel.Id, request.ChannelId);
            Assert.Equal("7 Python tips nobody tells beginners", request.Topic);
            Assert.Equal("shorts", request.Format);
        }, Timeout);
    }

    private static IElement Input(IRenderedComponent<IdeaLabPage> cut, string testId)
    {
        var element = cut.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }

    private static int? ScoreOf(IRenderedComponent<IdeaLabPage> cut, int index)
    {
        var text = cut.Find($"[data-testid=candidate-score-{index}]").TextContent.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? int.Parse(text[..slash].Trim(), System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private sealed class ScoringInsights : IInsightsService
    {
        private readonly ContentScorer _scorer = new(TimeProvider.System);

        public Task<Result<ContentScore>> ScoreContentAsync(ContentDraft draft, long? channelId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Result<ContentScore>.Ok(_scorer.Score(draft)));

        public Task<TrainedContentModel?> GetContentModelAsync(long? channelId, CancellationToken cancellationToken = default) => Task.FromResult<TrainedContentModel?>(null);
        public Task<Result<ChannelForecast>> PredictTrendAsync(long channelId, int historicalDays, int forecastDays, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<Result<ModelVersionInfo>> TrainAsync(long? channelId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<ModelVersionInfo>> TrainAllAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<ModelVersionInfo>> ListModelVersionsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<ModelVersionInfo>>([]);
    }

    private sealed class OneChannel : IChannelService
    {
        public const long Id = 3;
        private static readonly Channel Channel = new() { Id = Id, Name = "Tech Daily", ContentType = ContentType.Shorts };

        public Task<IReadOnlyList<Channel>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Channel>>([Channel]);
        public Task<Channel?> GetAsync(long id, CancellationToken cancellationToken = default) => Task.FromResult(id == Id ? Channel : null);
        public Task<Result<Channel>> CreateAsync(ChannelInput input, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<Result<Channel>> UpdateAsync(long id, ChannelInput input, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class RecordingQueue : IGenerationQueue
    {
        public List<GenerateRequest> Requests { get; } = [];

        public Task<Result<SubmitResult>> SubmitAsync(GenerateRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return Task.FromResult(Result<SubmitResult>.Ok(new SubmitResult(Guid.NewGuid(), 41, VideoStatus.Queued)));
        }

        public Task<Result<BulkResult>> SubmitBulkAsync(long channelId, IEnumerable<string> lines, string? format, string? priority, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<Result<GenerationTask>> CancelAsync(long videoId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<Result<GenerationTask>> RetryAsync(long videoId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<Result<GenerationTask>> RequeueAsync(long videoId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<Result<bool>> DeleteAsync(long videoId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<TaskView>> ListTasksAsync(TaskFilter filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<TaskView?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<GenerationTask?> GetTaskForVideoAsync(long videoId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyDictionary<VideoStatus, int>> CountByStatusAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
