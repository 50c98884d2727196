using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Web.Components.Pages.Videos;

namespace YouTubeStudio.Tests.Components;

public sealed class VideosPageTests : MudTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public VideosPageTests() => UseStudioServices();

    [Fact]
    public void NoChannels_ShowsTheEmptyStatePointingToChannels()
    {
        var cut = Render<VideosPage>();

        cut.WaitForAssertion(() => Assert.Contains("No channels yet", cut.Find("[data-testid=empty-state]").TextContent), Wait);
        Assert.Empty(cut.FindAll("[data-testid=video-card]"));
    }

    [Fact]
    public async Task NoVideos_ShowsTheEmptyStateWithAQueueLink()
    {
        await this.ChannelAsync("Tech Daily");

        var cut = Render<VideosPage>();

        cut.WaitForAssertion(() => Assert.Contains("No videos yet", cut.Find("[data-testid=empty-state]").TextContent), Wait);
        Assert.Contains("Queue your first video", cut.Markup);
    }

    [Fact]
    public async Task Videos_AreCardsWithTitleChannelStatusLengthAndCost()
    {
        var channel = await this.ChannelAsync("Tech Daily", cap: 2.00m);
        var ready = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        await this.SetStatusAsync(ready, VideoStatus.ReadyForUpload, title: "Batteries, explained", duration: 42.4);
        await this.AddCostAsync(ready, "script", 0.0100m);
        await this.AddCostAsync(ready, "voice", 0.0023m);
        var queued = await this.QueueVideoAsync(channel.Id, "How GPS knows where you are");

        var cut = Render<VideosPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=video-card]").Count), Wait);
        var readyCard = cut.Find($"[data-testid=video-card][data-video='{ready}']");
        Assert.Equal("ready_for_upload", readyCard.GetAttribute("data-status"));
        Assert.Equal("Batteries, explained", readyCard.QuerySelector("[data-testid=video-title]")!.TextContent.Trim());
        Assert.Contains("Tech Daily", readyCard.TextContent);
        Assert.Equal("0:42", readyCard.QuerySelector("[data-testid=video-duration]")!.TextContent);
        Assert.Contains("$0.0123", readyCard.QuerySelector("[data-testid=cost-vs-cap]")!.TextContent);
        Assert.Contains("$2.00", readyCard.QuerySelector("[data-testid=cost-vs-cap]")!.TextContent);
        Assert.Equal($"/videos/{ready}", readyCard.QuerySelector("a")!.GetAttribute("href"));
        var queuedCard = cut.Find($"[data-testid=video-card][data-video='{queued}']");
        Assert.Contains("How GPS knows where you are", queuedCard.TextContent);
        Assert.Equal("queued", queuedCard.QuerySelector("[data-testid=status-chip]")!.TextContent.Trim());
    }

    [Fact]
    public async Task StatusFilter_Ready_ShowsOnlyReadyVideos()
    {
        var channel = await this.ChannelAsync("Tech Daily");
        var ready = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        await this.SetStatusAsync(ready, VideoStatus.ReadyForUpload);
        await this.QueueVideoAsync(channel.Id, "How GPS knows where you are");
        var cut = Render<VideosPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=video-card]").Count), Wait);

        cut.Find("[data-testid=status-ready]").Click();

        cut.WaitForAssertion(() => Assert.Equal([ready.ToString()], cut.FindAll("[data-testid=video-card]").Select(c => c.GetAttribute("data-video"))), Wait);
    }

    /// <summary>MudBlazor debounces input on the registered TimeProvider, here the fake clock: move it on until the page caught up.</summary>
    private async Task PassDebounceUntilAsync(Func<bool> done)
    {
        for (var i = 0; i < 100 && !done(); i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Search_KeepsTheVideosWhoseTopicOrTitleMatches()
    {
        var channel = await this.ChannelAsync("Tech Daily");
        await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        var gps = await this.QueueVideoAsync(channel.Id, "How GPS knows where you are");
        var cut = Render<VideosPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=video-card]").Count), Wait);

        cut.Find("input[data-testid=video-search], [data-testid=video-search] input").Input("gps");

        await PassDebounceUntilAsync(() => cut.FindAll("[data-testid=video-card]").Count == 1);
        Assert.Equal([gps.ToString()], cut.FindAll("[data-testid=video-card]").Select(c => c.GetAttribute("data-video")));

        cut.Find("input[data-testid=video-search], [data-testid=video-search] input").Input("no such video");

        await PassDebounceUntilAsync(() => cut.FindAll("[data-testid=empty-state]").Count == 1);
        Assert.Contains("No video matches the filters", cut.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public async Task UserText_IsRenderedAsText_NeverAsMarkup()
    {
        var channel = await this.ChannelAsync("Kitchen <b>Science</b>");
        await this.QueueVideoAsync(channel.Id, "Sourdough <script>alert(1)</script>");

        var cut = Render<VideosPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=video-card]")), Wait);
        Assert.Empty(cut.FindAll("[data-testid=video-card] script"));
        Assert.DoesNotContain(cut.FindAll("[data-testid=video-card] b"), b => b.TextContent.Contains("Science"));
        Assert.Contains("Sourdough <script>alert(1)</script>", cut.Find("[data-testid=video-title]").TextContent);
        Assert.Contains("Kitchen <b>Science</b>", cut.Find("[data-testid=video-card]").TextContent);
    }

    [Fact]
    public async Task TaskChanged_RerendersTheCardWithItsNewStatus()
    {
        var channel = await this.ChannelAsync("Tech Daily");
        var videoId = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        var cut = Render<VideosPage>();
        cut.WaitForAssertion(() => Assert.Equal("queued", cut.Find("[data-testid=video-card]").GetAttribute("data-status")), Wait);

        await this.SetStatusAsync(videoId, VideoStatus.ReadyForUpload, title: "Batteries, explained");
        Get<IEventBroadcaster>().Publish(new TaskChanged(Time.GetUtcNow(), Guid.NewGuid(), videoId, channel.Id, "ready_for_upload", null, 100, 0m, "completed"));

        cut.WaitForAssertion(() =>
        {
            var card = cut.Find("[data-testid=video-card]");
            Assert.Equal("ready_for_upload", card.GetAttribute("data-status"));
            Assert.Contains("Batteries, explained", card.TextContent);
        }, Wait);
    }

    [Fact]
    public async Task Detail_ShowsPlayerDescriptionTagsHistoryAndCostsAgainstTheCap()
    {
        var channel = await this.ChannelAsync("Tech Daily", alert: 1.00m, cap: 2.00m);
        var videoId = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        await this.SetStatusAsync(videoId, VideoStatus.ReadyForUpload, title: "Batteries, explained", duration: 61);
        await using (var db = await CreateDbContextAsync())
        {
            var video = db.Videos.Single(v => v.Id == videoId);
            video.Description = "Line one\n<i>Line two</i>";
            video.Tags = ["batteries", "lithium"];
            await db.SaveChangesAsync();
        }
        await this.AddCostAsync(videoId, "script", 0.010000m);
        await this.AddCostAsync(videoId, "assembly", 0.000450m);
        var media = Get<IMediaStore>();
        await File.WriteAllBytesAsync(Path.Combine(media.GetWorkDirectory(videoId), "video.mp4"), [0, 0, 0, 24]);

        var cut = Render<VideoDetailPage>(p => p.Add(x => x.Id, videoId));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=video-player]")), Wait);
        Assert.Equal($"/api/v1/videos/{videoId}/video", cut.Find("[data-testid=video-player]").GetAttribute("src")!.Split('?')[0]);
        Assert.Contains("Batteries, explained", cut.Find("[data-testid=video-heading]").TextContent);
        var description = cut.Find("[data-testid=video-description]");
        Assert.Equal("Line one\n<i>Line two</i>", description.TextContent);
        Assert.Empty(description.QuerySelectorAll("i"));
        Assert.Equal(["batteries", "lithium"], cut.FindAll("[data-testid=video-tags] .mud-chip").Select(c => c.TextContent.Trim()));
        Assert.Equal(2, cut.FindAll("[data-testid=video-history] .mud-timeline-item").Count);
        Assert.Equal(2, cut.FindAll("[data-testid=cost-entry]").Count);
        Assert.Equal("$0.0105", cut.Find("[data-testid=cost-total]").TextContent.Trim());
        Assert.Contains("of $2.00 cap", cut.Find("[data-testid=cost-vs-cap]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=video-requeue]"));
        Assert.NotNull(cut.Find("[data-testid=video-delete]"));
    }

    [Fact]
    public async Task Detail_ForAVideoOverItsCap_ShowsTheReasonAndOffersARetry()
    {
        var channel = await this.ChannelAsync("Tech Daily", alert: 0.01m, cap: 0.02m);
        var videoId = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        await this.AddCostAsync(videoId, "script", 0.019m);
        await this.SetStatusAsync(videoId, VideoStatus.Failed);
        await using (var db = await CreateDbContextAsync())
        {
            var task = db.GenerationTasks.Single(t => t.VideoId == videoId);
            task.FailureReason = "over_budget";
            task.LastError = "Stage voice would cost 0.002 USD; 0.019 of 0.02 spent.";
            await db.SaveChangesAsync();
        }

        var cut = Render<VideoDetailPage>(p => p.Add(x => x.Id, videoId));

        cut.WaitForAssertion(() => Assert.Contains("over_budget", cut.Find("[data-testid=last-error]").TextContent), Wait);
        Assert.Contains("0.019 of 0.02 spent", cut.Find("[data-testid=last-error]").TextContent);
        Assert.Contains("95% of the cap", cut.Markup);
        Assert.NotNull(cut.Find("[data-testid=video-retry]"));
        // Past the alert (0.01), below the cap (0.02): amber.
        Assert.Contains("warning", cut.Find("[data-testid=cost-vs-cap] .mud-progress-linear").ClassName);
    }

    [Fact]
    public async Task Detail_ForAViewer_HasNoActions()
    {
        var channel = await this.ChannelAsync("Tech Daily");
        var videoId = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        await this.SetStatusAsync(videoId, VideoStatus.Failed);
        SignInAs(Roles.Viewer);

        var cut = Render<VideoDetailPage>(p => p.Add(x => x.Id, videoId));

        cut.WaitForAssertion(() => Assert.Contains("Why batteries degrade", cut.Find("[data-testid=video-heading]").TextContent), Wait);
        Assert.Empty(cut.FindAll("[data-testid=video-delete]"));
        Assert.Empty(cut.FindAll("[data-testid=video-retry]"));
        Assert.Empty(cut.FindAll("[data-testid=video-requeue]"));
        Assert.NotNull(cut.Find("[data-testid=no-player]"));
    }

    [Fact]
    public async Task Detail_Delete_AsksFirstThenDeletesThroughTheQueue()
    {
        var channel = await this.ChannelAsync("Tech Daily");
        var videoId = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");
        await this.SetStatusAsync(videoId, VideoStatus.ReadyForUpload);
        var cut = Render(b =>
        {
            b.OpenComponent<MudDialogProvider>(0);
            b.CloseComponent();
            b.OpenComponent<VideoDetailPage>(1);
            b.AddAttribute(2, nameof(VideoDetailPage.Id), videoId);
            b.CloseComponent();
        });
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=video-delete]")), Wait);

        cut.Find("[data-testid=video-delete]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Delete this video?", cut.Find(".mud-dialog").TextContent), Wait);
        Assert.NotNull(await Get<IVideoService>().GetAsync(videoId));
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Delete").Click();

        await cut.WaitForAssertionAsync(async () => Assert.Null(await Get<IVideoService>().GetAsync(videoId)), Wait);
        cut.WaitForAssertion(() => Assert.EndsWith("/videos", Services.GetRequiredService<NavigationManager>().Uri), Wait);
    }
}
