namespace YouTubeStudio.Core.YouTube.Publishing;

/// <summary>
/// Where the next auto-published videos go. A channel publishing n videos a day has n slots per local day,
/// <c>24/n</c> hours apart from its publish time (17:00 with n = 2 gives 17:00 and 05:00). Slots are wall-clock
/// times in the channel's zone, so they stay at 17:00 across daylight-saving switches; a slot in the spring-forward
/// gap moves forward by the gap, an ambiguous one takes the first occurrence.
/// </summary>
public static class AutoPublishPlanner
{
    /// <summary>YouTube wants a scheduled time comfortably in the future; the publish service asks for as much.</summary>
    public static readonly TimeSpan MinimumLead = TimeSpan.FromMinutes(15);

    private const int MaxDaysAhead = 400;

    /// <summary>
    /// The next <paramref name="count"/> free slots after <paramref name="now"/> + <see cref="MinimumLead"/>, in UTC and in
    /// order. A slot is taken when an already scheduled or published time lies within half a slot interval of it.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> NextFreeSlots(AutoPublishSchedule schedule, IEnumerable<DateTimeOffset> taken, DateTimeOffset now, int count)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (count <= 0) return [];
        var perDay = Math.Clamp(schedule.VideosPerDay, 1, 24);
        var interval = TimeSpan.FromTicks(TimeSpan.TicksPerDay / perDay);
        var tolerance = interval / 2;
        var zone = FindZone(schedule.TimeZone);
        var busy = taken.Select(t => t.ToUniversalTime()).Order().ToList();
        var earliest = now + MinimumLead;
        var result = new List<DateTimeOffset>(count);

        // Start a day early: yesterday's later slots can fall after midnight today.
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).AddDays(-1);
        for (var d = 0; d < MaxDaysAhead && result.Count < count; d++, day = day.AddDays(1))
        {
            var start = day.ToDateTime(schedule.PublishTime, DateTimeKind.Unspecified);
            for (var k = 0; k < perDay && result.Count < count; k++)
            {
                var slot = ToUtc(start + interval * k, zone);
                if (slot < earliest) continue;
                if (busy.Any(t => (t - slot).Duration() < tolerance)) continue;
                if (result.Count > 0 && slot <= result[^1]) continue;
                result.Add(slot);
            }
        }

        return result;
    }

    /// <summary>A local wall-clock time in <paramref name="zone"/> as a UTC instant (gap: shifted forward; overlap: first occurrence).</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // In the spring-forward gap: the same time after the clocks moved, e.g. 02:30 becomes 03:30.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local - before, TimeSpan.Zero);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var first = offsets.Max();
            return new DateTimeOffset(local - first, TimeSpan.Zero);
        }

        return new DateTimeOffset(local - zone.GetUtcOffset(local), TimeSpan.Zero);
    }

    /// <summary>The IANA zone, or UTC when the machine does not know it.</summary>
    public static TimeZoneInfo FindZone(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
