using Bunit;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Web.Components.Pages.Queue;

namespace YouTubeStudio.Tests.Components;

/// <summary>A Queue row re-renders only when what it shows changed, or while its task runs (the elapsed time moves).</summary>
public sealed class QueueRowCellsTests : MudTestContext
{
    public QueueRowCellsTests() => UseStudioServices();

    [Fact]
    public void NewViewOfAnUnchangedFinishedTask_DoesNotReRender()
    {
        var cut = Render<QueueRowCells>(p => p.Add(c => c.View, View(VideoStatus.ReadyForUpload, progress: 100)));
        var renders = cut.RenderCount;

        cut.Render(p => p.Add(c => c.View, View(VideoStatus.ReadyForUpload, progress: 100)));

        Assert.Equal(renders, cut.RenderCount);
    }

    [Fact]
    public void NewViewWithAChangedStatus_ReRendersTheRow()
    {
        var cut = Render<QueueRowCells>(p => p.Add(c => c.View, View(VideoStatus.Queued, progress: 0)));

        cut.Render(p => p.Add(c => c.View, View(VideoStatus.Failed, progress: 40)));

        Assert.Equal("failed", cut.Find("[data-testid=task-row]").GetAttribute("data-status"));
        Assert.Contains("40%", cut.Markup);
    }

    [Fact]
    public void RunningTask_ReRendersEveryTime()
    {
        var cut = Render<QueueRowCells>(p => p.Add(c => c.View, View(VideoStatus.Rendering, progress: 50)));
        var renders = cut.RenderCount;

        cut.Render(p => p.Add(c => c.View, View(VideoStatus.Rendering, progress: 50)));

        Assert.True(cut.RenderCount > renders, $"{cut.RenderCount} renders after {renders}");
    }

    private static readonly Guid TaskId = Guid.NewGuid();

    private static TaskView View(VideoStatus status, int progress) => new(
        new GenerationTask
        {
            Id = TaskId, VideoId = 7, Status = status, Progress = progress, QueuedAt = DateTimeOffset.UnixEpoch,
            StartedAt = status == VideoStatus.Queued ? null : DateTimeOffset.UnixEpoch.AddSeconds(1),
            FinishedAt = status.IsWorking() || status == VideoStatus.Queued ? null : DateTimeOffset.UnixEpoch.AddSeconds(30),
        },
        "Tech Daily", "Why batteries degrade", "shorts", null, 3m, 2.5m);
}
