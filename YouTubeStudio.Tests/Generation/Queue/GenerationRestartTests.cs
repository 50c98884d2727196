using Microsoft.Extensions.DependencyInjection;
using Quartz;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using static YouTubeStudio.Tests.Generation.Queue.QueueTestApp;

namespace YouTubeStudio.Tests.Generation.Queue;

/// <summary>
/// Durability on SQLite (DESIGN.md §4): app instance A works through five tasks and goes away in the middle
/// of one; instance B over the same data folder (database and Quartz store) finishes every task, and no
/// stage of any video completes twice.
/// </summary>
public sealed class GenerationRestartTests
{
    private const string First = "first";
    private const string Second = "second";
    private const string Third = "third";
    private const string Interrupted = "video-2";

    private readonly StageRecorder _recorder = new();

    [Fact]
    public async Task Restart_AfterAnAbruptStopMidStage_FinishesEveryTaskWithEachStageCompletedOnce()
    {
        // A's stop neither waits for nor interrupts the running job, and that job never returns: as if the process died.
        var (tasks, videos, root) = await RunInstanceAAsync(
            (_, _) => new TaskCompletionSource().Task,
            services => services.Configure<QuartzHostedServiceOptions>(o => o.WaitForJobsToComplete = false));

        await FinishOnInstanceBAsync(root, tasks, videos);

        // The interrupted stage started on both instances but completed once, on B.
        Assert.Equal(["A", "B"], _recorder.Runs.Where(r => r.Topic == Interrupted && r.Stage == Second && r.What == StageRecorder.Started).Select(r => r.Instance));
    }

    [Fact]
    public async Task Restart_AfterAGracefulShutdownMidStage_InterruptsTheStageAndResumesItWithoutUsingAnAttempt()
    {
        var (tasks, videos, root) = await RunInstanceAAsync((_, ct) => Task.Delay(Timeout.InfiniteTimeSpan, ct), configure: null);

        // The running stage was asked to stop by the shutdown rather than waited for.
        Assert.Equal(1, _recorder.Runs.Count(r => r.Instance == "A" && r.Topic == Interrupted && r.Stage == Second && r.What == StageRecorder.Cancelled));
        using var b = await FinishOnInstanceBAsync(root, tasks, videos);

        var resumed = await TaskRowAsync(b, tasks[1]);
        Assert.Equal(1, resumed.Attempts);
        Assert.Null(resumed.LastError);
    }

    /// <summary>Starts A with one worker, submits five tasks and stops A while the second video's second stage runs.</summary>
    private async Task<(List<Guid> Tasks, List<long> Videos, string Root)> RunInstanceAAsync(
        Func<StageContext, CancellationToken, Task> interruptedStage, Action<IServiceCollection>? configure)
    {
        var root = Path.Combine(Path.GetTempPath(), $"ytstudio-restart-{Guid.NewGuid():N}");
        var a = Create(Stages("A", (context, ct) => context.Video.Topic == Interrupted ? interruptedStage(context, ct) : Task.CompletedTask),
            storageRoot: root, keepStorage: true, configure: configure);
        var tasks = new List<Guid>();
        var videos = new List<long>();
        using (var admin = await AdminAsync(a))
        {
            var channel = await CreateChannelAsync(admin);
            for (var i = 1; i <= 5; i++)
            {
                var (task, video) = await SubmitAsync(admin, channel, $"video-{i}");
                tasks.Add(task);
                videos.Add(video);
            }
            await _recorder.WaitForAsync(r => r.Count(videos[1], Second, StageRecorder.Started) == 1, "A to reach the second stage of video 2");
        }

        var stopping = Task.Run(a.Dispose);
        var stopped = await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(stopped == stopping, "Instance A did not stop within 20 s: the shutdown waited for a running stage instead of interrupting it.");
        await stopping;
        return (tasks, videos, root);
    }

    private async Task<StudioAppFactory> FinishOnInstanceBAsync(string root, List<Guid> tasks, List<long> videos)
    {
        var b = Create(Stages("B", null), storageRoot: root);
        try
        {
            using var client = await b.CreateClientAsync(Roles.Manager);
            foreach (var task in tasks)
            {
                var done = await WaitForStatusAsync(client, task, "ready_for_upload", "failed");
                Assert.Equal("ready_for_upload", done.GetProperty("status").GetString());
            }

            foreach (var video in videos)
            {
                var (checkpoints, costs) = await LedgerAsync(b, video);
                Assert.Equal(new Dictionary<string, int> { [First] = 1, [Second] = 1, [Third] = 1 }, checkpoints);
                Assert.Equal(new Dictionary<string, int> { [First] = 1, [Second] = 1, [Third] = 1 }, costs);
                foreach (var stage in new[] { First, Second, Third })
                {
                    Assert.True(_recorder.Count(video, stage, StageRecorder.Completed) == 1, $"Stage {stage} of video {video} completed {_recorder.Count(video, stage, StageRecorder.Completed)} times.");
                }
            }
            // Video 1 was finished by A, videos 3-5 by B; the interrupted video's first stage was not run again.
            Assert.All(_recorder.Runs.Where(r => r.VideoId == videos[0]), r => Assert.Equal("A", r.Instance));
            Assert.All(_recorder.Runs.Where(r => r.VideoId >= videos[2]), r => Assert.Equal("B", r.Instance));
            Assert.Equal(1, _recorder.Count(videos[1], First, StageRecorder.Started));
            return b;
        }
        catch
        {
            b.Dispose();
            throw;
        }
    }

    private IGenerationStage[] Stages(string instance, Func<StageContext, CancellationToken, Task>? second) =>
    [
        new TestStage(First, VideoStatus.Scripting, _recorder, instance),
        new TestStage(Second, VideoStatus.Voicing, _recorder, instance, second),
        new TestStage(Third, VideoStatus.Rendering, _recorder, instance),
    ];
}
