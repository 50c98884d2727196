namespace YouTubeStudio.Core.Costs;

/// <summary>A priced quantity before it is stored: units of something at a unit price.</summary>
public sealed record CostLine(string Provider, decimal Units, string Unit, decimal UnitPriceUsd)
{
    public decimal AmountUsd => Math.Round(Units * UnitPriceUsd, 6, MidpointRounding.AwayFromZero);
}
