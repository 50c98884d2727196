using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Generation.Queue;

/// <summary>
/// The whole app with test stages in place of the real pipeline and queue settings fit for tests
/// (one worker, short back-off and heartbeat), plus the API calls the queue tests make.
/// </summary>
public static class QueueTestApp
{
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(60);

    public static StudioAppFactory Create(
        IEnumerable<IGenerationStage> stages,
        int concurrency = 1,
        string? storageRoot = null,
        string? postgres = null,
        bool keepStorage = false,
        Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Generation:Concurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Generation:RetryBaseSeconds"] = "0.2",
            ["Generation:HeartbeatSeconds"] = "0.5",
            ["Generation:StaleAfterSeconds"] = "5",
        };
        return new StudioAppFactory
        {
            StorageRoot = storageRoot ?? Path.Combine(Path.GetTempPath(), $"ytstudio-app-{Guid.NewGuid():N}"),
            PostgresConnectionString = postgres,
            KeepStorage = keepStorage,
            Settings = settings,
            TestServices = services =>
            {
                services.RemoveAll<IGenerationStage>();
                foreach (var stage in stages) services.AddSingleton(stage);
                configure?.Invoke(services);
            },
        };
    }

    public static async Task<long> CreateChannelAsync(HttpClient admin, decimal? alertUsd = null, decimal? capUsd = null)
    {
        var body = new Dictionary<string, object> { ["name"] = $"Queue {Guid.NewGuid():N}"[..30] };
        if (alertUsd is { } alert) body["budget_alert_usd"] = alert;
        if (capUsd is { } cap) body["budget_cap_usd"] = cap;
        using var response = await admin.PostJsonAsync("/api/v1/channels", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt64();
    }

    public static async Task<(Guid TaskId, long VideoId)> SubmitAsync(HttpClient client, long channelId, string topic, string priority = "normal", object? parameters = null, string format = "shorts")
    {
        using var response = await client.PostJsonAsync("/api/v1/videos/generate", new { channel_id = channelId, topic, priority, format, @params = parameters });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = await response.ReadJsonAsync();
        return (body.GetProperty("task_id").GetGuid(), body.GetProperty("video_id").GetInt64());
    }

    public static async Task<JsonElement> GetTaskAsync(HttpClient client, Guid taskId)
    {
        using var response = await client.GetAsync($"/api/v1/tasks/{taskId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>Polls <c>GET tasks/{id}</c> until its status is one of <paramref name="statuses"/>.</summary>
    public static Task<JsonElement> WaitForStatusAsync(HttpClient client, Guid taskId, params string[] statuses) =>
        WaitForStatusAsync(client, taskId, WaitTimeout, statuses);

    public static async Task<JsonElement> WaitForStatusAsync(HttpClient client, Guid taskId, TimeSpan timeout, params string[] statuses)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var task = await GetTaskAsync(client, taskId);
            if (statuses.Contains(task.GetProperty("status").GetString())) return task;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Task {taskId} did not reach {string.Join('/', statuses)}: {task}");
            await Task.Delay(50);
        }
    }

    public static async Task<HttpClient> AdminAsync(StudioAppFactory app) => await app.CreateClientAsync(Roles.Admin);

    public static async Task<AppDbContext> DbAsync(StudioAppFactory app) =>
        await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>Checkpoints and cost entries of a video per stage: each finished stage must have exactly one of each.</summary>
    public static async Task<(Dictionary<string, int> Checkpoints, Dictionary<string, int> CostEntries)> LedgerAsync(StudioAppFactory app, long videoId)
    {
        await using var db = await DbAsync(app);
        var checkpoints = await db.StageCheckpoints.Where(c => c.VideoId == videoId).GroupBy(c => c.Stage)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var costs = await db.CostEntries.Where(c => c.VideoId == videoId).GroupBy(c => c.Stage)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return (checkpoints, costs);
    }

    public static async Task<GenerationTask> TaskRowAsync(StudioAppFactory app, Guid taskId)
    {
        await using var db = await DbAsync(app);
        return await db.GenerationTasks.AsNoTracking().FirstAsync(t => t.Id == taskId);
    }
}
