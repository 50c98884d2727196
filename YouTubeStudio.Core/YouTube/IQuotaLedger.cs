namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// Units of YouTube Data API quota spent per Pacific quota day (see <see cref="QuotaDay"/>), shared by every
/// channel of the installation because Google counts quota per project. The app implements it on the database;
/// <see cref="InMemoryQuotaLedger"/> serves tests and single-process use.
/// </summary>
public interface IQuotaLedger
{
    /// <summary>
    /// Atomically records <paramref name="units"/> for <paramref name="operation"/> on <paramref name="day"/> if the day's
    /// total stays within <paramref name="dailyLimit"/>; returns false (recording nothing) otherwise.
    /// Several instances may call this at once: the check and the write must be one transaction.
    /// </summary>
    Task<bool> TryReserveAsync(DateOnly day, string operation, int units, int dailyLimit, CancellationToken cancellationToken);

    /// <summary>Records units unconditionally, e.g. to mark the day spent when Google itself answers <c>quotaExceeded</c>.</summary>
    Task ChargeAsync(DateOnly day, string operation, int units, CancellationToken cancellationToken);

    /// <summary>What was spent on <paramref name="day"/>; zero when nothing was recorded.</summary>
    Task<QuotaUsage> GetUsageAsync(DateOnly day, CancellationToken cancellationToken);
}
