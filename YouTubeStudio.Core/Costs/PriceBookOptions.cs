namespace YouTubeStudio.Core.Costs;

/// <summary><c>Costs:PriceBook</c>: list prices of cloud providers (USD). Local work is priced by CPU time.</summary>
public sealed class PriceBookOptions
{
    public const string SectionName = "Costs:PriceBook";

    /// <summary>Per model: USD per 1,000 input and output tokens.</summary>
    public Dictionary<string, TokenPrice> Llm { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-4o-mini"] = new() { InputPer1K = 0.00015m, OutputPer1K = 0.0006m },
        ["gpt-4o"] = new() { InputPer1K = 0.0025m, OutputPer1K = 0.01m },
        ["gpt-4.1-mini"] = new() { InputPer1K = 0.0004m, OutputPer1K = 0.0016m },
    };

    /// <summary>Per TTS provider: USD per 1,000 characters.</summary>
    public Dictionary<string, decimal> TtsPer1KCharacters { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["openai-tts"] = 0.015m,
        ["elevenlabs"] = 0.18m,
    };

    /// <summary>Used for a model missing from <see cref="Llm"/>, so an unknown model is never free.</summary>
    public TokenPrice DefaultLlm { get; set; } = new() { InputPer1K = 0.0025m, OutputPer1K = 0.01m };
}

public sealed class TokenPrice
{
    public decimal InputPer1K { get; set; }
    public decimal OutputPer1K { get; set; }
}
