namespace YouTubeStudio.Core.Analytics;

/// <summary>Revenue against generation cost on one day, and their running totals from the start of the range.</summary>
public sealed record CostRevenuePoint(DateOnly Date, decimal RevenueUsd, decimal CostUsd, decimal CumulativeRevenueUsd, decimal CumulativeCostUsd)
{
    public decimal ProfitUsd => RevenueUsd - CostUsd;
}
