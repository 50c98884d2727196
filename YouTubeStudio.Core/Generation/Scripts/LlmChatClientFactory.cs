using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace YouTubeStudio.Core.Generation;

/// <summary>Builds the <see cref="IChatClient"/> for an OpenAI-compatible endpoint from <see cref="LlmOptions"/>.</summary>
public static class LlmChatClientFactory
{
    public static IChatClient Create(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException("Generation:Llm:Endpoint is not set.");
        }

        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            // The queue retries transient failures with backoff and keeps the error; retrying here too would hide them and multiply the wait.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };

        // Local servers need no key, but the client refuses an empty one.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model).AsIChatClient();
    }
}
