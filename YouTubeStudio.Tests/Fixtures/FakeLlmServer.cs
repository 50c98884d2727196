using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) that speaks OpenAI's chat-completions protocol:
/// <c>POST /v1/chat/completions</c> answers the next scripted <see cref="FakeLlmReply"/> and records
/// the request. With no reply queued it answers 503, so an unexpected extra call shows up as an
/// error instead of hanging. Share it with a class fixture and <see cref="Reset"/> between tests.
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeLlmReply> _replies = new();
    private readonly ConcurrentQueue<FakeLlmRequest> _requests = new();

    private FakeLlmServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Endpoint = baseAddress;
    }

    /// <summary>The base address to configure as <c>Generation:Llm:Endpoint</c>, ending in <c>/v1</c>.</summary>
    public Uri Endpoint { get; }

    public IReadOnlyList<FakeLlmRequest> Requests => _requests.ToArray();

    public static async Task<FakeLlmServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeLlmServer? server = null;
        app.MapPost("/v1/chat/completions", (HttpContext context) => server!.HandleAsync(context));
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeLlmServer(app, new Uri($"{address.TrimEnd('/')}/v1"));
        return server;
    }

    /// <summary>Queues answers, used in order, one per request.</summary>
    public void Enqueue(params FakeLlmReply[] replies)
    {
        foreach (var reply in replies)
        {
            _replies.Enqueue(reply);
        }
    }

    /// <summary>Forgets queued answers and recorded requests.</summary>
    public void Reset()
    {
        _replies.Clear();
        _requests.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var body = document.RootElement.Clone();
        _requests.Enqueue(new FakeLlmRequest(
            context.Request.Path,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            body.TryGetProperty("model", out var model) ? model.GetString() : null,
            ReadMessages(body),
            body));

        if (!_replies.TryDequeue(out var reply))
        {
            reply = FakeLlmReply.Error(503);
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay, context.RequestAborted);
        }

        context.Response.StatusCode = reply.StatusCode;
        context.Response.ContentType = "application/json";
        var payload = reply.StatusCode == 200
            ? new JsonObject
            {
                ["id"] = $"chatcmpl-{Guid.NewGuid():N}",
                ["object"] = "chat.completion",
                ["created"] = DateTimeOffset.UnixEpoch.ToUnixTimeSeconds(),
                ["model"] = body.TryGetProperty("model", out var m) ? m.GetString() : "fake",
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject
                {
                    ["prompt_tokens"] = reply.PromptTokens,
                    ["completion_tokens"] = reply.CompletionTokens,
                    ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
                },
            }
            : new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["message"] = $"Scripted failure {reply.StatusCode}",
                    ["type"] = reply.StatusCode == 401 ? "invalid_request_error" : "server_error",
                    ["code"] = reply.StatusCode == 401 ? "invalid_api_key" : null,
                },
            };
        await context.Response.WriteAsync(payload.ToJsonString(), Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>Message content comes as a string or as a list of parts, depending on the client.</summary>
    private static List<FakeLlmMessage> ReadMessages(JsonElement body)
    {
        var messages = new List<FakeLlmMessage>();
        if (!body.TryGetProperty("messages", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return messages;
        }

        foreach (var message in list.EnumerateArray())
        {
            var role = message.TryGetProperty("role", out var r) ? r.GetString() ?? "" : "";
            var content = "";
            if (message.TryGetProperty("content", out var c))
            {
                content = c.ValueKind == JsonValueKind.String
                    ? c.GetString() ?? ""
                    : c.ValueKind == JsonValueKind.Array
                        ? string.Concat(c.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : ""))
                        : "";
            }

            messages.Add(new FakeLlmMessage(role, content));
        }

        return messages;
    }
}
