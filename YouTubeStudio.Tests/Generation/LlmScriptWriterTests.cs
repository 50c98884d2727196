using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Generation;

public sealed class LlmScriptWriterTests : IClassFixture<FakeLlmServerFixture>
{
    private const string Model = "test-model-1";
    private const string ApiKey = "sk-test-123";
    private static readonly ScriptRequest Request = new("why compost smells", "gardening", "en", VideoFormat.Shorts, 40, "friendly");
    private readonly FakeLlmServer _server;

    public LlmScriptWriterTests(FakeLlmServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
    }

    private LlmScriptWriter CreateWriter(string? apiKey = ApiKey)
    {
        var options = new LlmOptions { Endpoint = _server.Endpoint.ToString(), ApiKey = apiKey, Model = Model, TimeoutSeconds = 10 };
        return new LlmScriptWriter(LlmChatClientFactory.Create(options), Options.Create(options), TimeProvider.System);
    }

    [Fact]
    public async Task WriteAsync_WhenTheFirstReplyIsValid_ReturnsTheScriptAndTokenUsage()
    {
        _server.Enqueue(FakeLlmReply.Completion(ScriptJsonTests.Valid, promptTokens: 321, completionTokens: 654));

        var result = await CreateWriter().WriteAsync(Request);

        Assert.Equal("Why compost smells (and how to fix it)", result.Script.Title);
        Assert.Equal(3, result.Script.Scenes.Count);
        Assert.Equal(new StageUsage($"openai:{Model}", Model, 321, 654, result.Script.Scenes.Sum(s => s.Narration.Length), 0, result.Usage.WallSeconds), result.Usage);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal(Model, request.Model);
        Assert.Equal($"Bearer {ApiKey}", request.Authorization);
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Contains("\"call_to_action\"", request.Messages[0].Content, StringComparison.Ordinal);
        Assert.Contains("why compost smells", request.Messages[1].Content, StringComparison.Ordinal);
        Assert.Contains("gardening", request.Messages[1].Content, StringComparison.Ordinal);
        Assert.Contains("100 words", request.Messages[1].Content, StringComparison.Ordinal); // 40 s at 2.5 words per second
        Assert.Equal("json_object", request.Body.GetProperty("response_format").GetProperty("type").GetString());
    }

    [Fact]
    public async Task WriteAsync_WhenTheFirstReplyIsInvalid_SendsOneRepairRequestWithTheErrors()
    {
        _server.Enqueue(
            FakeLlmReply.Completion("""{"title":"","hook":"h","scenes":[],"call_to_action":"c","tags":[]}""", 100, 50),
            FakeLlmReply.Completion(ScriptJsonTests.Valid, 200, 300));

        var result = await CreateWriter().WriteAsync(Request);

        Assert.Equal(3, result.Script.Scenes.Count);
        Assert.Equal(300, result.Usage.InputTokens); // both calls are paid for
        Assert.Equal(350, result.Usage.OutputTokens);
        Assert.Equal(2, _server.Requests.Count);
        var repair = _server.Requests[1].Messages;
        Assert.Equal(["system", "user", "assistant", "user"], repair.Select(m => m.Role));
        Assert.Contains("\"title\":\"\"", repair[2].Content, StringComparison.Ordinal);
        Assert.Contains("\"title\" is missing or empty", repair[3].Content, StringComparison.Ordinal);
        Assert.Contains("at least one scene", repair[3].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_WhenTheRepairIsInvalidToo_FailsPermanentlyWithTheReasons()
    {
        _server.Enqueue(FakeLlmReply.Completion("not json at all"), FakeLlmReply.Completion("""{"title":"Only a title"}"""));

        var ex = await Assert.ThrowsAsync<GenerationException>(() => CreateWriter().WriteAsync(Request));

        Assert.Equal("llm_invalid_output", ex.Reason);
        Assert.False(ex.IsTransient);
        Assert.Contains(Model, ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"hook\" is missing", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task WriteAsync_WhenTheServerIsOverloadedOrFailing_FailsTransientlyWithoutRetrying(int status)
    {
        _server.Enqueue(FakeLlmReply.Error(status));

        var ex = await Assert.ThrowsAsync<GenerationException>(() => CreateWriter().WriteAsync(Request));

        Assert.Equal("llm_unavailable", ex.Reason);
        Assert.True(ex.IsTransient);
        Assert.Single(_server.Requests); // the queue retries with backoff, the client must not
    }

    [Fact]
    public async Task WriteAsync_WhenTheKeyIsRefused_FailsPermanently()
    {
        _server.Enqueue(FakeLlmReply.Error(401));

        var ex = await Assert.ThrowsAsync<GenerationException>(() => CreateWriter("sk-wrong").WriteAsync(Request));

        Assert.Equal("llm_unauthorized", ex.Reason);
        Assert.False(ex.IsTransient);
        Assert.Contains("Generation:Llm:ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Bearer sk-wrong", Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task WriteAsync_WhenTheRequestIsRejected_FailsPermanently()
    {
        _server.Enqueue(FakeLlmReply.Error(400));

        var ex = await Assert.ThrowsAsync<GenerationException>(() => CreateWriter().WriteAsync(Request));

        Assert.Equal("llm_rejected", ex.Reason);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task WriteAsync_WhenTheServerDoesNotAnswerInTime_FailsTransiently()
    {
        _server.Enqueue(new FakeLlmReply(200, ScriptJsonTests.Valid, Delay: TimeSpan.FromSeconds(5)));
        var options = new LlmOptions { Endpoint = _server.Endpoint.ToString(), ApiKey = ApiKey, Model = Model, TimeoutSeconds = 1 };
        var writer = new LlmScriptWriter(LlmChatClientFactory.Create(options), Options.Create(options), TimeProvider.System);

        var ex = await Assert.ThrowsAsync<GenerationException>(() => writer.WriteAsync(Request));

        Assert.Equal("llm_unavailable", ex.Reason);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public async Task WriteAsync_WhenNothingListens_FailsTransiently()
    {
        var options = new LlmOptions { Endpoint = "http://127.0.0.1:9/v1", ApiKey = ApiKey, Model = Model, TimeoutSeconds = 5 };
        var writer = new LlmScriptWriter(LlmChatClientFactory.Create(options), Options.Create(options), TimeProvider.System);

        var ex = await Assert.ThrowsAsync<GenerationException>(() => writer.WriteAsync(Request));

        Assert.Equal("llm_unavailable", ex.Reason);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public async Task WriteAsync_WhenCancelled_ThrowsOperationCanceled()
    {
        _server.Enqueue(new FakeLlmReply(200, ScriptJsonTests.Valid, Delay: TimeSpan.FromSeconds(5)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateWriter().WriteAsync(Request, cts.Token));
    }
}
