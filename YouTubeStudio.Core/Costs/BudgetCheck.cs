namespace YouTubeStudio.Core.Costs;

public sealed record BudgetCheck(bool Allowed, decimal SpentUsd, decimal EstimateUsd, decimal CapUsd, string Message);
