using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// Loads the keys that already exist for the batch (one query over the date range), then adds or changes
/// rows and saves once: portable across SQLite and PostgreSQL, no provider-specific upsert SQL.
/// </summary>
internal sealed class AnalyticsStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time) : IAnalyticsStore
{
    public async Task<UpsertCounts> UpsertChannelDaysAsync(long channelId, IReadOnlyCollection<ChannelDayInput> days, string source, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        if (days.Count == 0) return UpsertCounts.None;
        // The last report of a day wins, as it would if the rows were written one by one.
        var byDate = new Dictionary<DateOnly, ChannelDayInput>();
        foreach (var day in days) byDate[day.Date] = day;
        var from = byDate.Keys.Min();
        var to = byDate.Keys.Max();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.ChannelAnalytics
            .Where(a => a.ChannelId == channelId && a.Date >= from && a.Date <= to)
            .ToDictionaryAsync(a => a.Date, cancellationToken);
        var now = time.GetUtcNow();
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var (date, input) in byDate)
        {
            if (existing.TryGetValue(date, out var row))
            {
                if (Apply(row, input)) { updated++; row.Source = source; row.UpdatedAt = now; }
                else unchanged++;
            }
            else
            {
                row = new ChannelAnalytics { ChannelId = channelId, Date = date, Source = source, UpdatedAt = now };
                Apply(row, input);
                db.ChannelAnalytics.Add(row);
                inserted++;
            }
        }
        if (!dryRun) await db.SaveChangesAsync(cancellationToken);
        return new UpsertCounts(inserted, updated, unchanged);
    }

    public async Task<UpsertCounts> UpsertVideoDaysAsync(long channelId, IReadOnlyCollection<VideoDayInput> days, string source, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        if (days.Count == 0) return UpsertCounts.None;
        var byKey = new Dictionary<(string, DateOnly), VideoDayInput>();
        foreach (var day in days) byKey[(day.YouTubeVideoId, day.Date)] = day;
        var from = byKey.Keys.Min(k => k.Item2);
        var to = byKey.Keys.Max(k => k.Item2);
        var ids = byKey.Keys.Select(k => k.Item1).Distinct().ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = new Dictionary<(string, DateOnly), VideoAnalytics>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.VideoAnalytics
                .Where(a => chunk.Contains(a.YouTubeVideoId) && a.Date >= from && a.Date <= to)
                .ToListAsync(cancellationToken);
            foreach (var r in rows) existing[(r.YouTubeVideoId, r.Date)] = r;
        }
        var now = time.GetUtcNow();
        int inserted = 0, updated = 0, unchanged = 0, skipped = 0;
        foreach (var (key, input) in byKey)
        {
            if (existing.TryGetValue(key, out var row))
            {
                if (row.ChannelId != channelId) skipped++;
                else if (Apply(row, input)) { updated++; row.Source = source; row.UpdatedAt = now; }
                else unchanged++;
            }
            else
            {
                row = new VideoAnalytics { ChannelId = channelId, YouTubeVideoId = key.Item1, Date = key.Item2, Source = source, UpdatedAt = now };
                Apply(row, input);
                db.VideoAnalytics.Add(row);
                inserted++;
            }
        }
        if (!dryRun) await db.SaveChangesAsync(cancellationToken);
        return new UpsertCounts(inserted, updated, unchanged, skipped);
    }

    public async Task<UpsertCounts> UpsertChannelVideosAsync(long channelId, IReadOnlyCollection<ChannelVideoInput> videos, string source, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        if (videos.Count == 0) return UpsertCounts.None;
        var byId = new Dictionary<string, ChannelVideoInput>();
        foreach (var video in videos) byId[video.YouTubeVideoId] = video;
        var ids = byId.Keys.ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = new Dictionary<string, ChannelVideo>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.ChannelVideos.Where(v => v.ChannelId == channelId && chunk.Contains(v.YouTubeVideoId)).ToListAsync(cancellationToken);
            foreach (var r in rows) existing[r.YouTubeVideoId] = r;
        }
        var now = time.GetUtcNow();
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var (id, input) in byId)
        {
            if (existing.TryGetValue(id, out var row))
            {
                if (Apply(row, input)) { updated++; row.Source = source; row.UpdatedAt = now; }
                else unchanged++;
            }
            else
            {
                row = new ChannelVideo { ChannelId = channelId, YouTubeVideoId = id, Source = source, UpdatedAt = now };
                Apply(row, input);
                db.ChannelVideos.Add(row);
                inserted++;
            }
        }
        if (!dryRun) await db.SaveChangesAsync(cancellationToken);
        return new UpsertCounts(inserted, updated, unchanged);
    }

    private static bool Apply(ChannelAnalytics row, ChannelDayInput input)
    {
        var changed = false;
        Set(input.Views, row.Views, v => row.Views = v, ref changed);
        Set(input.WatchMinutes, row.WatchMinutes, v => row.WatchMinutes = v, ref changed);
        Set(input.AverageViewDurationSeconds, row.AverageViewDurationSeconds, v => row.AverageViewDurationSeconds = v, ref changed);
        Set(input.SubscribersGained, row.SubscribersGained, v => row.SubscribersGained = v, ref changed);
        Set(input.SubscribersLost, row.SubscribersLost, v => row.SubscribersLost = v, ref changed);
        Set(input.Likes, row.Likes, v => row.Likes = v, ref changed);
        Set(input.Comments, row.Comments, v => row.Comments = v, ref changed);
        Set(input.Shares, row.Shares, v => row.Shares = v, ref changed);
        SetNullable(input.EstimatedRevenueUsd, row.EstimatedRevenueUsd, v => row.EstimatedRevenueUsd = v, ref changed);
        SetNullable(input.Impressions, row.Impressions, v => row.Impressions = v, ref changed);
        SetNullable(input.ImpressionsCtr, row.ImpressionsCtr, v => row.ImpressionsCtr = v, ref changed);
        return changed;
    }

    private static bool Apply(VideoAnalytics row, VideoDayInput input)
    {
        var changed = false;
        Set(input.Views, row.Views, v => row.Views = v, ref changed);
        Set(input.WatchMinutes, row.WatchMinutes, v => row.WatchMinutes = v, ref changed);
        Set(input.AverageViewDurationSeconds, row.AverageViewDurationSeconds, v => row.AverageViewDurationSeconds = v, ref changed);
        Set(input.Likes, row.Likes, v => row.Likes = v, ref changed);
        Set(input.Comments, row.Comments, v => row.Comments = v, ref changed);
        Set(input.Shares, row.Shares, v => row.Shares = v, ref changed);
        Set(input.SubscribersGained, row.SubscribersGained, v => row.SubscribersGained = v, ref changed);
        SetNullable(input.EstimatedRevenueUsd, row.EstimatedRevenueUsd, v => row.EstimatedRevenueUsd = v, ref changed);
        return changed;
    }

    private static bool Apply(ChannelVideo row, ChannelVideoInput input)
    {
        var changed = false;
        if (input.Title is { } title) Set(Truncate(title, 200), row.Title, v => row.Title = v, ref changed);
        if (input.Description is { } description) Set(Truncate(description, 6000), row.Description, v => row.Description = v, ref changed);
        if (input.Tags is { } tags && !tags.SequenceEqual(row.Tags)) { row.Tags = [.. tags]; changed = true; }
        SetNullable(input.CategoryId, row.CategoryId, v => row.CategoryId = v, ref changed);
        // PostgreSQL's timestamptz takes UTC only; an instant is the same whatever its offset.
        SetNullable(input.PublishedAt?.ToUniversalTime(), row.PublishedAt, v => row.PublishedAt = v, ref changed);
        SetNullable(input.DurationSeconds, row.DurationSeconds, v => row.DurationSeconds = v, ref changed);
        Set(input.Views, row.Views, v => row.Views = v, ref changed);
        Set(input.Likes, row.Likes, v => row.Likes = v, ref changed);
        Set(input.Comments, row.Comments, v => row.Comments = v, ref changed);
        SetNullable(input.VideoId, row.VideoId, v => row.VideoId = v, ref changed);
        return changed;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    private static void Set<T>(T? value, T current, Action<T> set, ref bool changed) where T : struct
    {
        if (value is not { } v || EqualityComparer<T>.Default.Equals(v, current)) return;
        set(v);
        changed = true;
    }

    private static void Set(string? value, string current, Action<string> set, ref bool changed)
    {
        if (value is null || value == current) return;
        set(value);
        changed = true;
    }

    private static void SetNullable<T>(T? value, T? current, Action<T?> set, ref bool changed) where T : struct
    {
        if (value is null || Nullable.Equals(value, current)) return;
        set(value);
        changed = true;
    }

    private static void SetNullable(string? value, string? current, Action<string?> set, ref bool changed)
    {
        if (value is null || value == current) return;
        set(value);
        changed = true;
    }
}
