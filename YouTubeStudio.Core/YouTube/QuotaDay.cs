namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// Google resets the YouTube Data API quota at midnight Pacific time, so a "quota day" is a calendar day
/// in America/Los_Angeles (UTC-8, or UTC-7 while daylight saving time is on).
/// </summary>
public static class QuotaDay
{
    /// <summary>The America/Los_Angeles zone (with a built-in US rule set when the machine has no tz database).</summary>
    public static TimeZoneInfo Pacific { get; } = FindPacific();

    /// <summary>The quota day that <paramref name="instant"/> falls in.</summary>
    public static DateOnly For(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Pacific).DateTime);

    /// <summary>The UTC instant at which <paramref name="day"/> starts (midnight Pacific).</summary>
    public static DateTimeOffset StartUtc(DateOnly day)
    {
        // Midnight always exists in Pacific time: the DST switches happen at 02:00.
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Pacific.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>When the quota of the day containing <paramref name="now"/> is reset: the next Pacific midnight, in UTC.</summary>
    public static DateTimeOffset NextResetUtc(DateTimeOffset now) => StartUtc(For(now).AddDays(1));

    private static TimeZoneInfo FindPacific()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Slim containers may lack tzdata; the US rules since 2007: second Sunday of March to first Sunday of November, at 02:00.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2007, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone("America/Los_Angeles", TimeSpan.FromHours(-8), "Pacific Time",
                "Pacific Standard Time", "Pacific Daylight Time", [rule]);
        }
    }
}
