using Microsoft.Extensions.Options;

namespace YouTubeStudio.Core.Costs;

/// <summary>Turns what a stage used into priced cost lines (DESIGN.md §6).</summary>
public sealed class PriceBook(IOptions<PriceBookOptions> prices, IOptions<CostOptions> costs)
{
    public decimal CpuSecondPriceUsd => costs.Value.ComputeUsdPerCpuHour / 3600m;

    public CostLine Compute(string provider, double cpuSeconds) =>
        new(provider, Math.Round((decimal)Math.Max(cpuSeconds, 0.001), 6), "cpu_seconds", CpuSecondPriceUsd);

    public IEnumerable<CostLine> Llm(string model, long inputTokens, long outputTokens)
    {
        var price = prices.Value.Llm.TryGetValue(model, out var p) ? p : prices.Value.DefaultLlm;
        var provider = $"llm:{model}";
        if (inputTokens > 0) yield return new CostLine(provider, inputTokens, "input_tokens", price.InputPer1K / 1000m);
        if (outputTokens > 0) yield return new CostLine(provider, outputTokens, "output_tokens", price.OutputPer1K / 1000m);
    }

    public CostLine? Tts(string provider, long characters) =>
        prices.Value.TtsPer1KCharacters.TryGetValue(provider, out var per1K)
            ? new CostLine(provider, characters, "characters", per1K / 1000m)
            : null;

    /// <summary>Expected cost of an LLM call of typical size, for the budget check before the stage.</summary>
    public decimal EstimateLlm(string model, long inputTokens = 1500, long outputTokens = 1500) =>
        Llm(model, inputTokens, outputTokens).Sum(l => l.AmountUsd);
}
