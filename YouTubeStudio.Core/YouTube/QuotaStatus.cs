namespace YouTubeStudio.Core.YouTube;

/// <summary>Today's quota at a glance: spent, limit, what is left and when it resets.</summary>
public sealed record QuotaStatus(DateOnly Day, int UnitsUsed, int DailyLimit, DateTimeOffset NextResetUtc)
{
    public int UnitsRemaining => Math.Max(0, DailyLimit - UnitsUsed);
}
