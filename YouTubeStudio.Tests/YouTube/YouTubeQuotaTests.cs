using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using YouTubeStudio.Core.YouTube;

namespace YouTubeStudio.Tests.YouTube;

public sealed class YouTubeQuotaTests
{
    // 2026-11-01 06:00 UTC is 23:00 PDT on 31 October, the evening before the clocks fall back.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero));
    private readonly InMemoryQuotaLedger _ledger = new();

    private YouTubeQuota Quota(int daily) => new(_ledger, Options.Create(new YouTubeOptions { DailyQuotaUnits = daily }), _time);

    [Fact]
    public async Task Reserve_ChargesTheLedgerOnThePacificDay()
    {
        var quota = Quota(10_000);

        await quota.ReserveAsync("videos.insert", 1600, CancellationToken.None);
        await quota.ReserveAsync("videos.list", 1, CancellationToken.None);

        var usage = await _ledger.GetUsageAsync(new DateOnly(2026, 10, 31), CancellationToken.None);
        Assert.Equal(1601, usage.UnitsUsed);
        Assert.Equal(1600, usage.UnitsByOperation["videos.insert"]);
        Assert.Equal(0, (await _ledger.GetUsageAsync(new DateOnly(2026, 11, 1), CancellationToken.None)).UnitsUsed);
    }

    [Fact]
    public async Task Reserve_BeyondTheDailyBudget_ThrowsUntilPacificMidnightThenWorksAgain()
    {
        var quota = Quota(3300);
        await quota.ReserveAsync("videos.insert", 1600, CancellationToken.None);
        await quota.ReserveAsync("videos.insert", 1600, CancellationToken.None);

        var e = await Assert.ThrowsAsync<YouTubeQuotaExceededException>(() => quota.ReserveAsync("videos.insert", 1600, CancellationToken.None));

        // 00:00 PDT on 1 November (the night the clocks fall back) is 07:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 7, 0, 0, TimeSpan.Zero), e.RetryAfterUtc);
        Assert.Equal(3200, (await quota.GetTodayAsync(CancellationToken.None)).UnitsUsed);
        await quota.ReserveAsync("videos.list", 100, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(59));
        await Assert.ThrowsAsync<YouTubeQuotaExceededException>(() => quota.ReserveAsync("videos.insert", 1600, CancellationToken.None));

        _time.Advance(TimeSpan.FromMinutes(1));
        await quota.ReserveAsync("videos.insert", 1600, CancellationToken.None);
        var today = await quota.GetTodayAsync(CancellationToken.None);
        Assert.Equal((new DateOnly(2026, 11, 1), 1600), (today.Day, today.UnitsUsed));
        // That day has 25 hours: the next reset is 00:00 PST, 08:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), today.NextResetUtc);
    }

    [Fact]
    public async Task MarkExhausted_SpendsWhatIsLeftOfToday()
    {
        var quota = Quota(10_000);
        await quota.ReserveAsync("videos.list", 5, CancellationToken.None);

        var retryAfter = await quota.MarkExhaustedAsync("videos.list", CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 7, 0, 0, TimeSpan.Zero), retryAfter);
        Assert.Equal(0, (await quota.GetTodayAsync(CancellationToken.None)).UnitsRemaining);
        await Assert.ThrowsAsync<YouTubeQuotaExceededException>(() => quota.ReserveAsync("videos.list", 1, CancellationToken.None));
    }

    [Fact]
    public async Task Ledger_ConcurrentReservations_NeverExceedTheLimit()
    {
        var granted = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            Task.Run(() => _ledger.TryReserveAsync(new DateOnly(2026, 1, 1), "x", 7, 1000, CancellationToken.None))));

        Assert.Equal(1000 / 7, granted.Count(g => g));
        Assert.Equal(1000 / 7 * 7, (await _ledger.GetUsageAsync(new DateOnly(2026, 1, 1), CancellationToken.None)).UnitsUsed);
    }
}
