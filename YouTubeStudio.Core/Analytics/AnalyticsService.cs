using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Analytics;

internal sealed class AnalyticsService(IDbContextFactory<AppDbContext> dbFactory, ICostService costs) : IAnalyticsService
{
    public async Task<AnalyticsDashboard?> GetDashboardAsync(long? channelId, DateOnly from, DateOnly to, int topVideos = 25, CancellationToken cancellationToken = default)
    {
        if (to < from) throw new ArgumentException("from must not be after to.", nameof(from));
        var length = to.DayNumber - from.DayNumber + 1;
        var previousTo = from.AddDays(-1);
        var previousFrom = previousTo.AddDays(-(length - 1));

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var allChannels = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.IsDemo }).ToListAsync(cancellationToken);
        if (channelId is { } id && allChannels.All(c => c.Id != id)) return null;
        var scope = channelId is { } only ? allChannels.Where(c => c.Id == only).ToList() : allChannels.Where(c => !c.IsDemo).ToList();
        var ids = scope.Select(c => c.Id).ToList();
        var names = scope.ToDictionary(c => c.Id, c => c.Name);

        // Channel days are few (one per channel and day): summing in memory keeps decimals exact on every provider.
        var rows = await db.ChannelAnalytics.AsNoTracking()
            .Where(a => ids.Contains(a.ChannelId) && a.Date >= previousFrom && a.Date <= to)
            .Select(a => new { a.ChannelId, a.Date, a.Views, a.WatchMinutes, a.SubscribersGained, a.SubscribersLost, a.EstimatedRevenueUsd })
            .ToListAsync(cancellationToken);
        var hasData = rows.Count > 0 || await db.ChannelAnalytics.AnyAsync(a => ids.Contains(a.ChannelId), cancellationToken);
        var current = rows.Where(r => r.Date >= from).ToList();
        var previous = rows.Where(r => r.Date <= previousTo).ToList();

        var costNow = await CostsAsync(channelId, scope.Count, allChannels.Where(c => c.IsDemo).Select(c => c.Id).ToList(), from, to, cancellationToken);
        var costBefore = await CostsAsync(channelId, scope.Count, allChannels.Where(c => c.IsDemo).Select(c => c.Id).ToList(), previousFrom, previousTo, cancellationToken);

        var byDate = current.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.ToList());
        var daily = new List<DailyAnalyticsPoint>(length);
        var costVsRevenue = new List<CostRevenuePoint>(length);
        decimal cumulativeRevenue = 0, cumulativeCost = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var dayRows = byDate.GetValueOrDefault(d) ?? [];
            var revenue = dayRows.Sum(r => r.EstimatedRevenueUsd ?? 0);
            var cost = costNow.ByDay.GetValueOrDefault(d);
            daily.Add(new DailyAnalyticsPoint(d, dayRows.Sum(r => r.Views), dayRows.Sum(r => r.WatchMinutes) / 60,
                dayRows.Sum(r => r.SubscribersGained), dayRows.Sum(r => r.SubscribersLost), revenue, cost));
            cumulativeRevenue += revenue;
            cumulativeCost += cost;
            costVsRevenue.Add(new CostRevenuePoint(d, revenue, cost, cumulativeRevenue, cumulativeCost));
        }

        var revenueNow = current.Sum(r => r.EstimatedRevenueUsd ?? 0);
        var revenueBefore = previous.Sum(r => r.EstimatedRevenueUsd ?? 0);
        var kpis = new DashboardKpis(
            new Kpi(current.Sum(r => r.Views), previous.Sum(r => r.Views)),
            new Kpi(Hours(current.Sum(r => r.WatchMinutes)), Hours(previous.Sum(r => r.WatchMinutes))),
            new Kpi(current.Sum(r => r.SubscribersGained - r.SubscribersLost), previous.Sum(r => r.SubscribersGained - r.SubscribersLost)),
            new Kpi(revenueNow, revenueBefore),
            new Kpi(costNow.Total, costBefore.Total),
            new Kpi(Roi(revenueNow, costNow.Total), Roi(revenueBefore, costBefore.Total)));

        var published = await db.ChannelVideos.AsNoTracking()
            .Where(v => ids.Contains(v.ChannelId) && v.PublishedAt != null)
            .Select(v => new { v.ChannelId, v.PublishedAt })
            .ToListAsync(cancellationToken);
        var comparison = scope.Select(c =>
            {
                var channelRows = current.Where(r => r.ChannelId == c.Id).ToList();
                return new ChannelComparison(c.Id, c.Name, c.IsDemo,
                    channelRows.Sum(r => r.Views),
                    channelRows.Sum(r => r.WatchMinutes) / 60,
                    channelRows.Sum(r => r.SubscribersGained - r.SubscribersLost),
                    channelRows.Sum(r => r.EstimatedRevenueUsd ?? 0),
                    costNow.ByChannel.GetValueOrDefault(c.Name),
                    published.Count(v => v.ChannelId == c.Id && DateOnly.FromDateTime(v.PublishedAt!.Value.UtcDateTime) is var p && p >= from && p <= to));
            })
            .OrderByDescending(c => c.Views).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var top = await TopVideosAsync(db, ids, names, from, to, topVideos, cancellationToken);
        return new AnalyticsDashboard(channelId, from, to, previousFrom, previousTo, hasData, kpis, daily, top, comparison, costVsRevenue);
    }

    public async Task<VideoSeries?> GetVideoSeriesAsync(long channelId, string youTubeVideoId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to < from) throw new ArgumentException("from must not be after to.", nameof(from));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.AsNoTracking().Where(c => c.Id == channelId).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(cancellationToken);
        if (channel is null) return null;
        var video = await db.ChannelVideos.AsNoTracking().FirstOrDefaultAsync(v => v.ChannelId == channelId && v.YouTubeVideoId == youTubeVideoId, cancellationToken);
        var rows = await db.VideoAnalytics.AsNoTracking()
            .Where(a => a.ChannelId == channelId && a.YouTubeVideoId == youTubeVideoId && a.Date >= from && a.Date <= to)
            .ToListAsync(cancellationToken);
        if (video is null && rows.Count == 0) return null;
        var byDate = rows.ToDictionary(r => r.Date);
        var daily = new List<VideoDailyPoint>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            daily.Add(byDate.TryGetValue(d, out var r)
                ? new VideoDailyPoint(d, r.Views, r.WatchMinutes / 60, r.Likes, r.Comments, r.SubscribersGained, r.EstimatedRevenueUsd ?? 0)
                : new VideoDailyPoint(d, 0, 0, 0, 0, 0, 0));
        }
        var totals = new TopVideo(youTubeVideoId, channelId, channel.Name, video?.Title is { Length: > 0 } t ? t : youTubeVideoId, video?.PublishedAt, video?.DurationSeconds,
            rows.Sum(r => r.Views), rows.Sum(r => r.WatchMinutes) / 60, rows.Sum(r => r.Likes), rows.Sum(r => r.Comments),
            rows.Sum(r => r.SubscribersGained), rows.Sum(r => r.EstimatedRevenueUsd ?? 0));
        return new VideoSeries(totals, from, to, daily);
    }

    public async Task<bool> HasDataAsync(long? channelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return channelId is { } id
            ? await db.ChannelAnalytics.AnyAsync(a => a.ChannelId == id, cancellationToken)
            : await (from a in db.ChannelAnalytics join c in db.Channels on a.ChannelId equals c.Id where !c.IsDemo select a.Id).AnyAsync(cancellationToken);
    }

    private static decimal Hours(double minutes) => (decimal)(minutes / 60);

    private static decimal? Roi(decimal revenue, decimal cost) => cost > 0 ? Math.Round((revenue - cost) / cost, 6) : null;

    private static async Task<List<TopVideo>> TopVideosAsync(AppDbContext db, List<long> ids, Dictionary<long, string> names, DateOnly from, DateOnly to, int limit, CancellationToken ct)
    {
        if (limit <= 0 || ids.Count == 0) return [];
        var inRange = db.VideoAnalytics.AsNoTracking().Where(a => ids.Contains(a.ChannelId) && a.Date >= from && a.Date <= to);
        // Counts and minutes are summed by the database; revenue (decimal) for the chosen few in memory, exactly.
        var totals = await inRange
            .GroupBy(a => new { a.ChannelId, a.YouTubeVideoId })
            .Select(g => new
            {
                g.Key.ChannelId,
                g.Key.YouTubeVideoId,
                Views = g.Sum(a => a.Views),
                WatchMinutes = g.Sum(a => a.WatchMinutes),
                Likes = g.Sum(a => a.Likes),
                Comments = g.Sum(a => a.Comments),
                Subscribers = g.Sum(a => a.SubscribersGained),
            })
            .OrderByDescending(x => x.Views).ThenBy(x => x.YouTubeVideoId)
            .Take(limit)
            .ToListAsync(ct);
        if (totals.Count == 0) return [];
        var videoIds = totals.Select(t => t.YouTubeVideoId).ToList();
        var revenue = (await inRange.Where(a => videoIds.Contains(a.YouTubeVideoId))
                .Select(a => new { a.YouTubeVideoId, a.EstimatedRevenueUsd }).ToListAsync(ct))
            .GroupBy(a => a.YouTubeVideoId).ToDictionary(g => g.Key, g => g.Sum(a => a.EstimatedRevenueUsd ?? 0));
        var videos = await db.ChannelVideos.AsNoTracking()
            .Where(v => ids.Contains(v.ChannelId) && videoIds.Contains(v.YouTubeVideoId))
            .Select(v => new { v.ChannelId, v.YouTubeVideoId, v.Title, v.PublishedAt, v.DurationSeconds })
            .ToListAsync(ct);
        return totals.Select(t =>
        {
            var v = videos.FirstOrDefault(x => x.ChannelId == t.ChannelId && x.YouTubeVideoId == t.YouTubeVideoId);
            return new TopVideo(t.YouTubeVideoId, t.ChannelId, names.GetValueOrDefault(t.ChannelId, $"#{t.ChannelId}"),
                v?.Title is { Length: > 0 } title ? title : t.YouTubeVideoId, v?.PublishedAt, v?.DurationSeconds,
                t.Views, t.WatchMinutes / 60, t.Likes, t.Comments, t.Subscribers, revenue.GetValueOrDefault(t.YouTubeVideoId));
        }).ToList();
    }

    private sealed record CostTotals(decimal Total, Dictionary<DateOnly, decimal> ByDay, Dictionary<string, decimal> ByChannel);

    /// <summary>Generation cost through the cost service; for "all channels" the demo channel's spending is taken out.</summary>
    private async Task<CostTotals> CostsAsync(long? channelId, int scopeCount, List<long> demoIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (scopeCount == 0) return new CostTotals(0, [], []);
        var summary = await costs.SummarizeAsync(from, to, channelId, ct);
        var total = summary.TotalUsd;
        var byDay = summary.ByDay.ToDictionary(d => d.Date, d => d.AmountUsd);
        var byChannel = summary.ByChannel.ToDictionary(c => c.Name, c => c.AmountUsd);
        if (channelId is null)
        {
            foreach (var demoId in demoIds)
            {
                var demo = await costs.SummarizeAsync(from, to, demoId, ct);
                total -= demo.TotalUsd;
                foreach (var d in demo.ByDay) byDay[d.Date] = byDay.GetValueOrDefault(d.Date) - d.AmountUsd;
                foreach (var c in demo.ByChannel) byChannel.Remove(c.Name);
            }
        }
        return new CostTotals(total, byDay, byChannel);
    }
}
