using Microsoft.Extensions.Options;

namespace YouTubeStudio.Core.YouTube;

/// <summary>Charges the <see cref="IQuotaLedger"/> before each Google call, on today's Pacific quota day.</summary>
public sealed class YouTubeQuota(IQuotaLedger ledger, IOptions<YouTubeOptions> options, TimeProvider timeProvider)
{
    /// <summary>Reserves <paramref name="units"/> or throws <see cref="YouTubeQuotaExceededException"/> with the next reset time.</summary>
    public async Task ReserveAsync(string operation, int units, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var day = QuotaDay.For(now);
        var limit = options.Value.DailyQuotaUnits;
        if (!await ledger.TryReserveAsync(day, operation, units, limit, cancellationToken))
        {
            var used = (await ledger.GetUsageAsync(day, cancellationToken)).UnitsUsed;
            var retryAfter = QuotaDay.NextResetUtc(now);
            throw new YouTubeQuotaExceededException(
                $"{operation} needs {units} quota units but {used} of {limit} are spent for {day:yyyy-MM-dd} (Pacific); the quota resets at {retryAfter:u}.",
                retryAfter);
        }
    }

    /// <summary>Google said the quota is gone: spend the rest of today so that no other call tries before the reset.</summary>
    public async Task<DateTimeOffset> MarkExhaustedAsync(string operation, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var day = QuotaDay.For(now);
        var used = (await ledger.GetUsageAsync(day, cancellationToken)).UnitsUsed;
        var left = options.Value.DailyQuotaUnits - used;
        if (left > 0)
        {
            await ledger.ChargeAsync(day, operation + ":quotaExceeded", left, cancellationToken);
        }

        return QuotaDay.NextResetUtc(now);
    }

    /// <summary>Today's usage against the configured daily limit.</summary>
    public async Task<QuotaStatus> GetTodayAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var usage = await ledger.GetUsageAsync(QuotaDay.For(now), cancellationToken);
        return new QuotaStatus(usage.Day, usage.UnitsUsed, options.Value.DailyQuotaUnits, QuotaDay.NextResetUtc(now));
    }
}
