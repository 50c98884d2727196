using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.YouTube.Storage;

/// <summary>
/// The quota ledger in <c>youtube_quota_ledger</c>. A reservation checks and writes in one transaction;
/// on PostgreSQL an advisory lock serialises instances, on SQLite the write lock does.
/// </summary>
internal sealed class DbQuotaLedger(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, YouTubeStudio.Core.Observability.StudioMetrics metrics) : IQuotaLedger
{
    private const long LockKey = 0x59545155; // "YTQU"
    private static readonly SemaphoreSlim LocalLock = new(1, 1);

    public async Task<bool> TryReserveAsync(DateOnly day, string operation, int units, int dailyLimit, CancellationToken cancellationToken)
    {
        await LocalLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey], cancellationToken);
            var used = await db.QuotaLedger.Where(q => q.Day == day).SumAsync(q => (int?)q.Units, cancellationToken) ?? 0;
            if (used + units > dailyLimit) return false;
            db.QuotaLedger.Add(new QuotaLedgerEntry { Day = day, Operation = operation, Units = units, CreatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            metrics.QuotaSpent(operation, units);
            return true;
        }
        finally
        {
            LocalLock.Release();
        }
    }

    public async Task ChargeAsync(DateOnly day, string operation, int units, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.QuotaLedger.Add(new QuotaLedgerEntry { Day = day, Operation = operation, Units = units, CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<QuotaUsage> GetUsageAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var byOperation = await db.QuotaLedger.AsNoTracking().Where(q => q.Day == day)
            .GroupBy(q => q.Operation).Select(g => new { g.Key, Units = g.Sum(q => q.Units) }).ToListAsync(cancellationToken);
        return new QuotaUsage(day, byOperation.Sum(o => o.Units), byOperation.ToDictionary(o => o.Key, o => o.Units));
    }
}
