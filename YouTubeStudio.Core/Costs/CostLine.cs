namespace YouTubeStudio.Core.Costs;

/// <summary>A priced quantity before it is stored: units of something at a unit price.</summary>
public sealed record CostLine(string Provider, decimal Units, string Unit, decimal UnitPriceUsd)
{
    // Rounded up to the micro-dollar: a few milliseconds of CPU still cost something (DESIGN.md §6), not 0.
    public decimal AmountUsd => Math.Round(Units * UnitPriceUsd, 6, MidpointRounding.ToPositiveInfinity);
}
