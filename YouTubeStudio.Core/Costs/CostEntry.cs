namespace YouTubeStudio.Core.Costs;

/// <summary>One priced use of a provider by a stage of a video (the seed's cost_tracking).</summary>
public class CostEntry
{
    public long Id { get; set; }
    public long VideoId { get; set; }
    public long ChannelId { get; set; }
    public Guid? TaskId { get; set; }
    public string Stage { get; set; } = "";
    public string Provider { get; set; } = "";
    public decimal Units { get; set; }
    public string Unit { get; set; } = "";
    public decimal UnitPriceUsd { get; set; }
    public decimal AmountUsd { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
