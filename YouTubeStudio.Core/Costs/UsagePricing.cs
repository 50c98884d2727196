using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Core.Costs;

/// <summary>Prices what a stage reported using: tokens, paid characters, and always its CPU time.</summary>
public static class UsagePricing
{
    public static IReadOnlyList<CostLine> Price(this PriceBook prices, StageUsage usage)
    {
        var lines = new List<CostLine>();
        if (usage.Model is { } model && (usage.InputTokens > 0 || usage.OutputTokens > 0))
            lines.AddRange(prices.Llm(model, usage.InputTokens, usage.OutputTokens));
        if (usage.Characters > 0 && prices.Tts(usage.Provider, usage.Characters) is { } tts)
            lines.Add(tts);
        lines.Add(prices.Compute(usage.Provider, usage.CpuSeconds));
        return lines;
    }
}
