namespace YouTubeStudio.Core.Costs;

/// <summary>The Costs page: spending per video, stage, channel and day, and the average against the cap.</summary>
public sealed record CostSummary(
    decimal TotalUsd,
    int VideoCount,
    decimal AveragePerVideoUsd,
    decimal AverageCapUsd,
    IReadOnlyList<NamedAmount> ByStage,
    IReadOnlyList<NamedAmount> ByChannel,
    IReadOnlyList<DailyAmount> ByDay,
    IReadOnlyList<VideoCost> ByVideo);

public sealed record NamedAmount(string Name, decimal AmountUsd);

public sealed record DailyAmount(DateOnly Date, decimal AmountUsd);

public sealed record VideoCost(long VideoId, string ChannelName, string Topic, string Status, decimal AmountUsd, decimal CapUsd, decimal AlertUsd);
