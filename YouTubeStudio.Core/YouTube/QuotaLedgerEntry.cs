namespace YouTubeStudio.Core.YouTube;

/// <summary>Units of YouTube API quota spent by one call, on its Pacific-time day.</summary>
public class QuotaLedgerEntry
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public string Operation { get; set; } = "";
    public int Units { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
