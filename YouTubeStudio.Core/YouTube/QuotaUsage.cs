namespace YouTubeStudio.Core.YouTube;

/// <summary>Units spent on one quota day, in total and per operation (e.g. <c>videos.insert</c>).</summary>
public sealed record QuotaUsage(DateOnly Day, int UnitsUsed, IReadOnlyDictionary<string, int> UnitsByOperation);
