using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Costs;

internal sealed class CostService(IDbContextFactory<AppDbContext> dbFactory) : ICostService
{
    public async Task<(decimal TotalUsd, IReadOnlyList<CostEntry> Entries)?> GetVideoCostsAsync(long videoId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Videos.AnyAsync(v => v.Id == videoId, cancellationToken)) return null;
        var entries = await db.CostEntries.AsNoTracking().Where(c => c.VideoId == videoId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return (entries.Sum(e => e.AmountUsd), entries);
    }

    public async Task<CostSummary> SummarizeAsync(DateOnly from, DateOnly to, long? channelId = null, CancellationToken cancellationToken = default)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CostEntries.AsNoTracking().Where(c => c.CreatedAt >= start && c.CreatedAt < end);
        if (channelId is { } id) query = query.Where(c => c.ChannelId == id);
        // Entries are few per video; summing in memory keeps decimals exact on every provider.
        var entries = await query.Select(c => new { c.VideoId, c.ChannelId, c.Stage, c.AmountUsd, c.CreatedAt }).ToListAsync(cancellationToken);
        var videoIds = entries.Select(e => e.VideoId).Distinct().ToList();
        var videos = await (from v in db.Videos.AsNoTracking()
                            join ch in db.Channels.AsNoTracking() on v.ChannelId equals ch.Id
                            where videoIds.Contains(v.Id)
                            select new { v.Id, v.Topic, v.Status, ChannelName = ch.Name, ch.BudgetCapUsd, ch.BudgetAlertUsd }).ToListAsync(cancellationToken);
        var channelNames = await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        var total = entries.Sum(e => e.AmountUsd);
        var byVideo = entries.GroupBy(e => e.VideoId).Select(g =>
        {
            var v = videos.FirstOrDefault(x => x.Id == g.Key);
            return new VideoCost(g.Key, v?.ChannelName ?? "?", v?.Topic ?? "?", v?.Status.ToWire() ?? "?", g.Sum(e => e.AmountUsd), v?.BudgetCapUsd ?? 0, v?.BudgetAlertUsd ?? 0);
        }).OrderByDescending(v => v.AmountUsd).ToList();
        var days = new List<DailyAmount>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            days.Add(new DailyAmount(d, entries.Where(e => DateOnly.FromDateTime(e.CreatedAt.UtcDateTime) == d).Sum(e => e.AmountUsd)));
        }
        return new CostSummary(
            total,
            byVideo.Count,
            byVideo.Count == 0 ? 0 : Math.Round(total / byVideo.Count, 6),
            byVideo.Count == 0 ? 0 : Math.Round(byVideo.Average(v => v.CapUsd), 6),
            entries.GroupBy(e => e.Stage).Select(g => new NamedAmount(g.Key, g.Sum(e => e.AmountUsd))).OrderByDescending(x => x.AmountUsd).ToList(),
            entries.GroupBy(e => e.ChannelId).Select(g => new NamedAmount(channelNames.GetValueOrDefault(g.Key, $"#{g.Key}"), g.Sum(e => e.AmountUsd))).OrderByDescending(x => x.AmountUsd).ToList(),
            days,
            byVideo);
    }
}
