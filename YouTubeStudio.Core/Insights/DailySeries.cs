namespace YouTubeStudio.Core.Insights;

/// <summary>Cleaning of daily view series: continuous calendar, recounts and gaps.</summary>
public static class DailySeries
{
    /// <summary>
    /// Reindexes <paramref name="history"/> to every day from its first good day to its last date. Missing,
    /// negative (YouTube recounts) and non-finite days are imputed by linear interpolation between the nearest good
    /// days (after the last good day: carried forward); duplicates of a date keep the last one.
    /// </summary>
    public static RegularSeries Regularize(IReadOnlyList<DailyViews> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var byDate = new SortedDictionary<DateOnly, double>();
        foreach (var day in history)
        {
            byDate[day.Date] = day.Views;
        }

        var good = byDate.Where(p => double.IsFinite(p.Value) && p.Value >= 0).ToList();
        if (good.Count == 0)
        {
            return new RegularSeries(byDate.Count > 0 ? byDate.First().Key : default, [], []);
        }

        // Leading bad days carry no information about the level: drop them. Trailing ones are kept (carrying the
        // last good day forward) so that the forecast starts the day after the caller's last day.
        var start = good[0].Key;
        var end = byDate.Last().Key;
        var length = end.DayNumber - start.DayNumber + 1;
        var values = new double[length];
        var imputed = new bool[length];
        Array.Fill(values, double.NaN);
        foreach (var (date, views) in good)
        {
            values[date.DayNumber - start.DayNumber] = views;
        }

        var previous = 0;
        for (var i = 1; i < length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                for (var j = previous + 1; j < i; j++)
                {
                    values[j] = values[previous] + (values[i] - values[previous]) * (j - previous) / (i - previous);
                    imputed[j] = true;
                }

                previous = i;
            }
        }

        for (var j = previous + 1; j < length; j++)
        {
            values[j] = values[previous];
            imputed[j] = true;
        }

        return new RegularSeries(start, values, imputed);
    }

    /// <summary>
    /// Daily views from cumulative totals (one per observed day): the difference to the previous observation,
    /// spread evenly over the days of a gap. Recounts come out negative and are left for
    /// <see cref="Regularize"/> to treat as missing.
    /// </summary>
    public static IReadOnlyList<DailyViews> FromCumulative(IEnumerable<(DateOnly Date, double Total)> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var ordered = totals.Where(t => double.IsFinite(t.Total)).GroupBy(t => t.Date).Select(g => g.Last()).OrderBy(t => t.Date).ToList();
        var result = new List<DailyViews>(ordered.Count);
        for (var i = 1; i < ordered.Count; i++)
        {
            var gap = ordered[i].Date.DayNumber - ordered[i - 1].Date.DayNumber;
            var perDay = (ordered[i].Total - ordered[i - 1].Total) / gap;
            for (var d = 1; d <= gap; d++)
            {
                result.Add(new DailyViews(ordered[i - 1].Date.AddDays(d), perDay));
            }
        }

        return result;
    }
}
