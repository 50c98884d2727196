using YouTubeStudio.Core.YouTube;

namespace YouTubeStudio.Tests.YouTube;

public sealed class QuotaDayTests
{
    [Theory]
    // Winter (PST, UTC-8): the day starts at 08:00 UTC.
    [InlineData("2026-01-15T07:59:59Z", "2026-01-14", "2026-01-15T08:00:00Z")]
    [InlineData("2026-01-15T08:00:00Z", "2026-01-15", "2026-01-16T08:00:00Z")]
    // Summer (PDT, UTC-7): it starts at 07:00 UTC.
    [InlineData("2026-07-04T06:59:59Z", "2026-07-03", "2026-07-04T07:00:00Z")]
    [InlineData("2026-07-04T07:00:00Z", "2026-07-04", "2026-07-05T07:00:00Z")]
    // 8 March 2026, clocks spring forward at 02:00: that day lasts 23 hours.
    [InlineData("2026-03-08T07:59:59Z", "2026-03-07", "2026-03-08T08:00:00Z")]
    [InlineData("2026-03-08T08:00:00Z", "2026-03-08", "2026-03-09T07:00:00Z")]
    [InlineData("2026-03-08T10:30:00Z", "2026-03-08", "2026-03-09T07:00:00Z")]
    // 1 November 2026, clocks fall back at 02:00: that day lasts 25 hours.
    [InlineData("2026-11-01T06:59:59Z", "2026-10-31", "2026-11-01T07:00:00Z")]
    [InlineData("2026-11-01T07:00:00Z", "2026-11-01", "2026-11-02T08:00:00Z")]
    [InlineData("2026-11-02T07:30:00Z", "2026-11-01", "2026-11-02T08:00:00Z")]
    public void ForAndNextReset_FollowPacificMidnightAcrossDaylightSavingTime(string now, string day, string nextReset)
    {
        var instant = DateTimeOffset.Parse(now);

        Assert.Equal(DateOnly.Parse(day), QuotaDay.For(instant));
        Assert.Equal(DateTimeOffset.Parse(nextReset), QuotaDay.NextResetUtc(instant));
    }

    [Fact]
    public void StartUtc_OfTheDayAfter_IsTheNextReset()
    {
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(QuotaDay.StartUtc(QuotaDay.For(now).AddDays(1)), QuotaDay.NextResetUtc(now));
        Assert.True(QuotaDay.StartUtc(QuotaDay.For(now)) <= now);
    }
}
