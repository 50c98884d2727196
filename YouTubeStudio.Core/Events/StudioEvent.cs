namespace YouTubeStudio.Core.Events;

/// <summary>Something that happened, published to open circuits (DESIGN.md §7).</summary>
public abstract record StudioEvent(DateTimeOffset At);

/// <summary>A task or its video changed: queued, stage started, progress, completed, failed, cancelled.</summary>
public sealed record TaskChanged(DateTimeOffset At, Guid TaskId, long VideoId, long ChannelId, string Status, string? Stage, int Progress, decimal CostUsd, string Kind) : StudioEvent(At);

/// <summary>A cost entry was recorded.</summary>
public sealed record CostAdded(DateTimeOffset At, long VideoId, long ChannelId, string Stage, decimal AmountUsd, decimal VideoTotalUsd) : StudioEvent(At);

/// <summary>A video's spending crossed its channel's alert threshold.</summary>
public sealed record BudgetAlert(DateTimeOffset At, long VideoId, long ChannelId, decimal SpentUsd, decimal AlertUsd, decimal CapUsd) : StudioEvent(At);

/// <summary>New analytics rows were stored for a channel (pull or import).</summary>
public sealed record AnalyticsRefreshed(DateTimeOffset At, long ChannelId, int Rows) : StudioEvent(At);
