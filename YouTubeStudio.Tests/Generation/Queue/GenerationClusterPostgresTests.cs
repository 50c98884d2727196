using Microsoft.Extensions.DependencyInjection;
using Quartz;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using static YouTubeStudio.Tests.Generation.Queue.QueueTestApp;

namespace YouTubeStudio.Tests.Generation.Queue;

/// <summary>Two app instances on one PostgreSQL database share the queue through Quartz clustering and run each task once (DESIGN.md §4, §13).</summary>
[Collection(PostgresCollection.Name)]
public sealed class GenerationClusterPostgresTests(PostgresServerFixture postgres)
{
    private static readonly string[] StageNames = ["first", "second", "third"];
    private readonly StageRecorder _recorder = new();

    [Fact]
    public async Task TwoInstances_OnOnePostgresDatabase_ShareTheWorkAndRunEachStageOfEachVideoOnce()
    {
        var database = await postgres.CreateDatabaseAsync("cluster");
        // Started one after the other, so start-up migrations do not race.
        using var a = Instance("A", database);
        using var admin = await AdminAsync(a);
        using var b = Instance("B", database);
        using var manager = await b.CreateClientAsync(Roles.Manager);
        var channel = await CreateChannelAsync(admin);

        var submitted = new List<(Guid Task, long Video)>();
        for (var i = 1; i <= 12; i++) submitted.Add(await SubmitAsync(admin, channel, $"cluster video {i}"));

        foreach (var (task, _) in submitted)
        {
            var done = await WaitForStatusAsync(manager, task, "ready_for_upload", "failed");
            Assert.Equal("ready_for_upload", done.GetProperty("status").GetString());
            Assert.Equal(1, done.GetProperty("attempts").GetInt32());
        }
        foreach (var (_, video) in submitted)
        {
            var (checkpoints, costs) = await LedgerAsync(b, video);
            Assert.Equal(StageNames.ToDictionary(s => s, _ => 1), checkpoints);
            Assert.Equal(StageNames.ToDictionary(s => s, _ => 1), costs);
            foreach (var stage in StageNames)
            {
                Assert.True(_recorder.Count(video, stage, StageRecorder.Started) == 1, $"Stage {stage} of video {video} started {_recorder.Count(video, stage, StageRecorder.Started)} times.");
                Assert.Equal(1, _recorder.Count(video, stage, StageRecorder.Completed));
            }
            // A video runs on one instance from its first stage to its last.
            Assert.Single(_recorder.Runs.Where(r => r.VideoId == video).Select(r => r.Instance).Distinct());
        }
        var byInstance = _recorder.Runs.Where(r => r.Stage == "first" && r.What == StageRecorder.Started).GroupBy(r => r.Instance).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byInstance.GetValueOrDefault("A") > 0 && byInstance.GetValueOrDefault("B") > 0,
            $"Both instances should have worked: {string.Join(", ", byInstance.Select(p => $"{p.Key}={p.Value}"))}");
    }

    private StudioAppFactory Instance(string name, string database) => Create(
        StageNames.Select((stage, i) => (IGenerationStage)new TestStage(stage, VideoStatus.Scripting + i, _recorder, name,
            (_, ct) => Task.Delay(TimeSpan.FromMilliseconds(150), ct))),
        concurrency: 2,
        postgres: database,
        // A node that found nothing to do looks again after a second rather than half a minute.
        configure: services => services.Configure<QuartzSchedulerOptions>(o => o.IdleWaitTime = TimeSpan.FromSeconds(1)));
}
