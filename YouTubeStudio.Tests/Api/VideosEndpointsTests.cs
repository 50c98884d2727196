using System.Net;
using System.Text.Json;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Tests.Generation.Queue;
using static YouTubeStudio.Tests.Generation.Queue.QueueTestApp;

namespace YouTubeStudio.Tests.Api;

/// <summary>The app with a no-op pipeline, shared by the validation and authorization tests of <c>/api/v1/videos</c> and <c>/tasks</c>.</summary>
public sealed class NoOpPipelineApp : IDisposable
{
    public NoOpPipelineApp()
    {
        var recorder = new StageRecorder();
        App = Create([new TestStage("only", VideoStatus.Scripting, recorder)]);
    }

    public StudioAppFactory App { get; }

    public void Dispose() => App.Dispose();
}

/// <summary><c>POST videos/generate</c> and its neighbours as DESIGN.md §10 specifies: 202, validation problems keyed by snake_case field, 401/403/404/409.</summary>
public sealed class VideosEndpointsTests(NoOpPipelineApp fixture) : IClassFixture<NoOpPipelineApp>
{
    private const string Generate = "/api/v1/videos/generate";
    private StudioAppFactory App => fixture.App;

    [Fact]
    public async Task Generate_WithAValidRequest_Answers202WithTheTaskAndALocation()
    {
        using var admin = await AdminAsync(App);
        var channel = await CreateChannelAsync(admin);

        using var response = await admin.PostJsonAsync(Generate, new { channel_id = channel, topic = "Why the sky is blue", format = "shorts", priority = "high", @params = new { target_seconds = 20 } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var taskId = body.GetProperty("task_id").GetGuid();
        Assert.True(body.GetProperty("video_id").GetInt64() > 0);
        Assert.Equal("queued", body.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/tasks/{taskId}", response.Headers.Location?.OriginalString);
        var task = await GetTaskAsync(admin, taskId);
        Assert.Equal("generate", task.GetProperty("action").GetString());
        Assert.Equal("high", task.GetProperty("priority").GetString());
        Assert.Equal(20, task.GetProperty("params").GetProperty("target_seconds").GetInt32());
    }

    [Theory]
    [InlineData("""{"topic": null}""", "topic")]
    [InlineData("""{"topic": "  "}""", "topic")]
    [InlineData("""{"priority": "urgent"}""", "priority")]
    [InlineData("""{"priority": "1"}""", "priority")]
    [InlineData("""{"format": "square"}""", "format")]
    [InlineData("""{"params": {"target_seconds": 500}}""", "params.target_seconds")]
    [InlineData("""{"params": {"target_seconds": "long"}}""", "params.target_seconds")]
    [InlineData("""{"params": {"colour": "red"}}""", "params.colour")]
    [InlineData("""{"channel_id": null}""", "channel_id")]
    public async Task Generate_WithAnInvalidField_Answers400KeyedByTheSnakeCaseField(string change, string field)
    {
        using var admin = await AdminAsync(App);
        var channel = await CreateChannelAsync(admin);
        var body = new Dictionary<string, JsonElement>
        {
            ["channel_id"] = JsonSerializer.SerializeToElement(channel),
            ["topic"] = JsonSerializer.SerializeToElement("A valid topic"),
            ["format"] = JsonSerializer.SerializeToElement("shorts"),
        };
        foreach (var property in JsonDocument.Parse(change).RootElement.EnumerateObject()) body[property.Name] = property.Value.Clone();

        using var response = await admin.PostJsonAsync(Generate, body);

        await response.AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task Generate_ForAnUnknownChannel_Answers404()
    {
        using var admin = await AdminAsync(App);

        using var response = await admin.PostJsonAsync(Generate, new { channel_id = 987_654_321, topic = "Nobody's channel" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Generate_AsAViewer_Answers403AndAnonymously401()
    {
        using var admin = await AdminAsync(App);
        var channel = await CreateChannelAsync(admin);
        using var viewer = await App.CreateClientAsync(Roles.Viewer);
        using var anonymous = App.CreateClient();
        var request = new { channel_id = channel, topic = "Not allowed to queue" };

        using var forbidden = await viewer.PostJsonAsync(Generate, request);
        using var unauthorized = await anonymous.PostJsonAsync(Generate, request);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        using var list = await viewer.GetAsync("/api/v1/tasks");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task GetTask_ThatDoesNotExist_Answers404()
    {
        using var admin = await AdminAsync(App);

        using var response = await admin.GetAsync($"/api/v1/tasks/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cancel_OfAFinishedVideo_Answers409AndRetryOfAReadyVideoToo()
    {
        using var admin = await AdminAsync(App);
        var channel = await CreateChannelAsync(admin);
        var (task, video) = await SubmitAsync(admin, channel, "Finished before the cancel");
        await WaitForStatusAsync(admin, task, "ready_for_upload");

        using var cancel = await admin.PostAsync($"/api/v1/videos/{video}/cancel", null);
        using var retry = await admin.PostAsync($"/api/v1/videos/{video}/retry", null);

        var problem = await cancel.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("ready_for_upload", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await retry.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("ready_for_upload", (await GetTaskAsync(admin, task)).GetProperty("status").GetString());
    }
}
