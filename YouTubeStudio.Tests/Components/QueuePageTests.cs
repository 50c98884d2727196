using Bunit;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Web.Components.Pages.Queue;

namespace YouTubeStudio.Tests.Components;

public sealed class QueuePageTests : MudTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public QueuePageTests() => UseStudioServices();

    [Fact]
    public async Task TaskChanged_FromTheQueue_AddsTheNewRowWithoutARefresh()
    {
        var channel = await this.ChannelAsync("Tech Daily");
        var cut = Render<QueuePage>();
        cut.WaitForAssertion(() => Assert.Contains("The queue is empty", cut.Markup), Wait);

        // The real queue saves the task and publishes TaskChanged on the real broadcaster; nothing else touches the page.
        var videoId = await this.QueueVideoAsync(channel.Id, "Why batteries degrade");

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find($"[data-testid=task-row][data-video='{videoId}']");
            Assert.Equal("queued", row.GetAttribute("data-status"));
            Assert.Contains("Why batteries degrade", row.TextContent);
        }, Wait);
    }

    [Fact]
    public async Task TaskChanged_RerendersTheRowWithItsNewStatus_AndOnlyThen()
    {
        var channel = await this.ChannelAsync("Tech Daily");
        var videoId = await this.QueueVideoAsync(channel.Id, "How GPS knows where you are");
        var cut = Render<QueuePage>();
        cut.WaitForAssertion(() => Assert.Equal("queued", cut.Find($"[data-testid=task-row][data-video='{videoId}']").GetAttribute("data-status")), Wait);

        await this.SetStatusAsync(videoId, VideoStatus.Voicing);
        await Task.Delay(600);
        // No event yet: the page does not poll, so it still shows what it read.
        Assert.Equal("queued", cut.Find($"[data-testid=task-row][data-video='{videoId}']").GetAttribute("data-status"));

        Get<IEventBroadcaster>().Publish(new TaskChanged(Time.GetUtcNow(), Guid.NewGuid(), videoId, channel.Id, "voicing", "voice", 30, 0.001m, "stage"));

        cut.WaitForAssertion(() => Assert.Equal("voicing", cut.Find($"[data-testid=task-row][data-video='{videoId}']").GetAttribute("data-status")), Wait);
        cut.WaitForAssertion(() => Assert.Equal("running 1", System.Text.RegularExpressions.Regex.Replace(cut.Find("[data-testid=count-running]").TextContent, @"\s+", " ").Trim()), Wait);
    }
}
