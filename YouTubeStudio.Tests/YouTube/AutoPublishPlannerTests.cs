using YouTubeStudio.Core.YouTube.Publishing;

namespace YouTubeStudio.Tests.YouTube;

public sealed class AutoPublishPlannerTests
{
    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Fact]
    public void NextFreeSlots_AcrossTheAutumnSwitchInBerlin_KeepsTheLocalPublishTime()
    {
        // Berlin leaves summer time on 2026-10-25: 17:00 is 15:00Z before and 16:00Z after.
        var schedule = new AutoPublishSchedule(1, new TimeOnly(17, 0), "Europe/Berlin");

        var slots = AutoPublishPlanner.NextFreeSlots(schedule, [], Utc(2026, 10, 24, 8), 3);

        Assert.Equal([Utc(2026, 10, 24, 15), Utc(2026, 10, 25, 16), Utc(2026, 10, 26, 16)], slots);
    }

    [Fact]
    public void NextFreeSlots_InTheSpringForwardGap_MovesTheSlotForwardByTheGap()
    {
        // 02:30 does not exist in Berlin on 2026-03-29: the clocks jump from 02:00 to 03:00.
        var schedule = new AutoPublishSchedule(1, new TimeOnly(2, 30), "Europe/Berlin");

        var slots = AutoPublishPlanner.NextFreeSlots(schedule, [], Utc(2026, 3, 28, 12), 2);

        Assert.Equal([Utc(2026, 3, 29, 1, 30), Utc(2026, 3, 30, 0, 30)], slots);
    }

    [Fact]
    public void NextFreeSlots_WithSeveralPerDay_SpreadsThemFromThePublishTime()
    {
        var schedule = new AutoPublishSchedule(3, new TimeOnly(9, 0), "UTC");

        var slots = AutoPublishPlanner.NextFreeSlots(schedule, [], Utc(2026, 6, 1, 10), 4);

        // 09:00, 17:00, 01:00 (next day): 09:00 today is gone.
        Assert.Equal([Utc(2026, 6, 1, 17), Utc(2026, 6, 2, 1), Utc(2026, 6, 2, 9), Utc(2026, 6, 2, 17)], slots);
    }

    [Fact]
    public void NextFreeSlots_IncludesTheAfterMidnightSlotsOfYesterdaysCycle()
    {
        var schedule = new AutoPublishSchedule(2, new TimeOnly(17, 0), "UTC");

        var slots = AutoPublishPlanner.NextFreeSlots(schedule, [], Utc(2026, 6, 2, 1), 2);

        Assert.Equal([Utc(2026, 6, 2, 5), Utc(2026, 6, 2, 17)], slots);
    }

    [Fact]
    public void NextFreeSlots_SkipsTakenSlotsAndThoseTooSoon()
    {
        var schedule = new AutoPublishSchedule(2, new TimeOnly(8, 0), "UTC");
        DateTimeOffset[] taken = [Utc(2026, 6, 1, 20, 5), Utc(2026, 6, 2, 8)];

        // 07:50: 08:00 is within 15 minutes; 20:00 is taken by a video at 20:05; tomorrow 08:00 is taken.
        var slots = AutoPublishPlanner.NextFreeSlots(schedule, taken, Utc(2026, 6, 1, 7, 50), 2);

        Assert.Equal([Utc(2026, 6, 2, 20), Utc(2026, 6, 3, 8)], slots);
    }

    [Fact]
    public void NextFreeSlots_WithAnUnknownZone_UsesUtc()
    {
        var slots = AutoPublishPlanner.NextFreeSlots(new AutoPublishSchedule(1, new TimeOnly(12, 0), "Mars/Olympus"), [], Utc(2026, 6, 1, 0), 1);

        Assert.Equal([Utc(2026, 6, 1, 12)], slots);
    }
}
