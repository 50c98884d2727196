using System.ClientModel;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// Writes scripts with an OpenAI-compatible chat model. The reply must be the JSON of a
/// <see cref="VideoScript"/>; an invalid reply gets one repair request that quotes the errors, and
/// a second invalid reply fails with llm_invalid_output. Unreachable or overloaded endpoints fail
/// with the transient llm_unavailable so the queue retries later; rejected requests are permanent.
/// </summary>
public sealed class LlmScriptWriter(IChatClient chatClient, IOptions<LlmOptions> options, TimeProvider timeProvider) : IScriptWriter
{
    private readonly LlmOptions _options = options.Value;

    public string ProviderName => $"openai:{_options.Model}";

    public async Task<ScriptResult> WriteAsync(ScriptRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Topic))
        {
            throw new GenerationException("script_invalid", "A script needs a topic; the request's topic is empty.");
        }

        var startedAt = timeProvider.GetTimestamp();
        var chatOptions = new ChatOptions
        {
            ModelId = _options.Model,
            ResponseFormat = ChatResponseFormat.Json,
            Temperature = 0.7f,
        };
        List<ChatMessage> messages =
        [
            new(ChatRole.System, SystemPrompt),
            new(ChatRole.User, UserPrompt(request)),
        ];

        long inputTokens = 0, outputTokens = 0;
        IReadOnlyList<string> errors = [];
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var response = await SendAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false);
            inputTokens += response.Usage?.InputTokenCount ?? 0;
            outputTokens += response.Usage?.OutputTokenCount ?? 0;

            var parsed = ScriptJson.Parse(response.Text);
            if (parsed.IsValid)
            {
                var usage = new StageUsage(ProviderName, _options.Model, inputTokens, outputTokens,
                    Characters: parsed.Script!.Scenes.Sum(s => (long)s.Narration.Length),
                    WallSeconds: timeProvider.GetElapsedTime(startedAt).TotalSeconds);
                return new ScriptResult(parsed.Script, usage);
            }

            errors = parsed.Errors;
            messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
            messages.Add(new ChatMessage(ChatRole.User, RepairPrompt(errors)));
        }

        throw new GenerationException("llm_invalid_output",
            $"The model '{_options.Model}' did not return a valid script after one repair request: {string.Join(" ", errors)}");
    }

    private async Task<ChatResponse> SendAsync(List<ChatMessage> messages, ChatOptions chatOptions, CancellationToken cancellationToken)
    {
        try
        {
            return await chatClient.GetResponseAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientResultException ex)
        {
            throw Classify(ex.Status, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new GenerationException("llm_unavailable", $"The LLM endpoint {_options.Endpoint} could not be reached: {ex.Message}", isTransient: true, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GenerationException("llm_unavailable",
                $"The LLM endpoint {_options.Endpoint} did not answer within {_options.TimeoutSeconds} s.", isTransient: true, ex);
        }
    }

    private GenerationException Classify(int status, Exception ex) => status switch
    {
        0 or 408 or 409 or 429 or >= 500 => new GenerationException("llm_unavailable",
            $"The LLM endpoint {_options.Endpoint} is unavailable (HTTP {status}); try again later. {ex.Message}", isTransient: true, ex),
        401 or 403 => new GenerationException("llm_unauthorized",
            $"The LLM endpoint {_options.Endpoint} refused the API key (HTTP {status}); check Generation:Llm:ApiKey.", isTransient: false, ex),
        _ => new GenerationException("llm_rejected",
            $"The LLM endpoint {_options.Endpoint} rejected the request for model '{_options.Model}' (HTTP {status}): {ex.Message}", isTransient: false, ex),
    };

    internal const string SystemPrompt =
        "You write scripts for YouTube videos. Reply with exactly one JSON object and nothing else: no Markdown, no comments.\n" +
        "The JSON has this shape:\n" + ScriptJson.Shape + "\n" +
        "The first scene speaks the hook and introduces the topic; the last scene ends with the call to action. " +
        "Narration is natural spoken language, no stage directions, no emojis.";

    internal static string UserPrompt(ScriptRequest request)
    {
        var seconds = request.EffectiveTargetSeconds;
        var words = (int)(seconds * Chapters.WordsPerSecond);
        var scenes = request.Format == VideoFormat.Shorts ? "4 to 6" : "5 to 8";
        var format = request.Format == VideoFormat.Shorts ? "a vertical YouTube Short" : "a landscape YouTube video";
        var style = string.IsNullOrWhiteSpace(request.Style) ? "" : $"\nStyle: {request.Style}";
        return string.Create(CultureInfo.InvariantCulture,
            $"Write {format} about: {request.Topic}\nChannel niche: {request.Niche}\nLanguage: {request.Language}\n" +
            $"Length: about {seconds} seconds spoken, so about {words} words of narration in total, in {scenes} scenes.{style}");
    }

    internal static string RepairPrompt(IReadOnlyList<string> errors) =>
        "Your reply cannot be used:\n- " + string.Join("\n- ", errors) +
        "\nReply again with the corrected JSON object only, in the same shape.";
}
