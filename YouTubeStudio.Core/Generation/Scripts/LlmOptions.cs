using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// <c>Generation:Llm</c>: an OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM, LM Studio) for
/// the script writer. Without an endpoint the offline writer is used.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Generation:Llm";

    /// <summary><c>Generation:Llm:Endpoint</c>: base address including <c>/v1</c>, e.g. <c>https://api.openai.com/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>Generation:Llm:ApiKey</c>: sent as a bearer token; local servers often need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>Generation:Llm:Model</c>: the model name the endpoint knows.</summary>
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary><c>Generation:Llm:TimeoutSeconds</c>: how long one request may take before it counts as unavailable.</summary>
    [Range(1, 3600, ErrorMessage = "Generation:Llm:TimeoutSeconds must be between 1 and 3600.")]
    public int TimeoutSeconds { get; set; } = 120;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Generation:Llm:Endpoint must be an absolute http(s) address ending in /v1; got '{Endpoint}'.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Generation:Llm:Model must name a model when Generation:Llm:Endpoint is set.", [nameof(Model)]);
        }
    }
}
