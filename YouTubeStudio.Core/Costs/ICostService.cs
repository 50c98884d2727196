namespace YouTubeStudio.Core.Costs;

/// <summary>Reads what videos cost.</summary>
public interface ICostService
{
    /// <summary>A video's cost entries, oldest first; null when the video does not exist.</summary>
    Task<(decimal TotalUsd, IReadOnlyList<CostEntry> Entries)?> GetVideoCostsAsync(long videoId, CancellationToken cancellationToken = default);

    /// <summary>Totals per stage, channel, day and video for entries in [from, to] (UTC days, both ends included).</summary>
    Task<CostSummary> SummarizeAsync(DateOnly from, DateOnly to, long? channelId = null, CancellationToken cancellationToken = default);
}
