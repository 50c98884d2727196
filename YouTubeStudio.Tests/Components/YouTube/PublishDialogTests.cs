using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.YouTube.Publishing;
using YouTubeStudio.Web.Components.Shared.YouTube;

namespace YouTubeStudio.Tests.Components.YouTube;

public sealed class PublishDialogTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();
    private readonly RecordingPublishService _publish = new();

    private BunitJSInterop JSInterop => _ctx.JSInterop;

    private BunitServiceProvider Services => _ctx.Services;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    public PublishDialogTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IPublishService>(_publish);
        // Sunday 2026-10-25, the day Berlin leaves summer time: 17:00 there is 16:00 UTC.
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 10, 25, 10, 0, 0, TimeSpan.Zero)));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        _ctx.Render<MudPopoverProvider>();
        var provider = _ctx.Render<MudDialogProvider>();
        var parameters = new DialogParameters<PublishDialog>
        {
            { d => d.VideoId, 7L },
            { d => d.VideoTitle, "Five facts about owls" },
            { d => d.ChannelName, "Owl Facts" },
            { d => d.TimeZone, "Europe/Berlin" },
            { d => d.PublishTime, new TimeOnly(17, 0) },
        };
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<PublishDialog>("Publish", parameters));
        return provider;
    }

    [Fact]
    public async Task Schedule_SendsTheChannelsLocalPublishTimeInUtc()
    {
        var dialog = await OpenAsync();

        dialog.Find("input[data-testid=publish-schedule]").Change(true);
        Assert.Contains("2026-10-25 16:00 UTC", dialog.Find("[data-testid=publish-utc]").TextContent, StringComparison.Ordinal);
        dialog.Find("[data-testid=publish-submit]").Click();

        var (videoId, request) = Assert.Single(_publish.Requests);
        Assert.Equal(7, videoId);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 16, 0, 0, TimeSpan.Zero), request.PublishAt);
        Assert.Equal("private", request.Privacy);
        Assert.True(request.ContainsSyntheticMedia);
        Assert.False(request.MadeForKids);
        Assert.Equal("28", request.CategoryId);
    }

    [Fact]
    public async Task Submit_WhenTheServiceRefusesAField_ShowsTheFieldError()
    {
        _publish.Next = Result<GenerationTask>.Invalid("category_id", "category_id must be a YouTube category number.");
        var dialog = await OpenAsync();

        dialog.Find("[data-testid=publish-submit]").Click();

        Assert.Contains("category_id must be a YouTube category number.", dialog.Markup, StringComparison.Ordinal);
        Assert.Null(_publish.Requests.Single().Request.PublishAt);
        Assert.Equal("public", _publish.Requests.Single().Request.Privacy);
    }

    private sealed class RecordingPublishService : IPublishService
    {
        public List<(long VideoId, PublishRequest Request)> Requests { get; } = [];

        public Result<GenerationTask>? Next { get; set; }

        public Task<Result<GenerationTask>> QueuePublishAsync(long videoId, PublishRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add((videoId, request));
            return Task.FromResult(Next ?? Result<GenerationTask>.Ok(new GenerationTask { Id = Guid.NewGuid(), VideoId = videoId, Action = GenerationActions.Publish }));
        }
    }
}
