using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;

namespace YouTubeStudio.Core.Analytics;

internal sealed class DemoDataService(IDbContextFactory<AppDbContext> dbFactory, IEventBroadcaster events, TimeProvider time) : IDemoDataService
{
    public async Task<DemoLoadResult> LoadDemoChannelAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var end = DateOnly.FromDateTime(now.UtcDateTime);
        var data = DemoDataGenerator.Generate(end, now);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var channel = await db.Channels.FirstOrDefaultAsync(c => c.IsDemo, ct);
            var created = channel is null;
            if (channel is null)
            {
                var name = IDemoDataService.DemoChannelName;
                var normalized = ChannelRules.Normalize(name);
                // A real channel may already carry the name: the demo then takes a numbered one.
                for (var n = 2; await db.Channels.AnyAsync(c => c.NormalizedName == normalized, ct); n++)
                {
                    name = $"{IDemoDataService.DemoChannelName} ({n})";
                    normalized = ChannelRules.Normalize(name);
                }
                channel = new Channel
                {
                    Name = name,
                    NormalizedName = normalized,
                    Niche = "Technology explained simply (demo data)",
                    ContentType = ContentType.Landscape,
                    IsDemo = true,
                    IsActive = false,
                    YouTubeTitle = "Tech Explained (demo)",
                    CreatedAt = now,
                };
                db.Channels.Add(channel);
            }
            channel.UpdatedAt = now;
            channel.LastAnalyticsPullAt = now;
            await db.SaveChangesAsync(ct);
            var id = channel.Id;

            // Refresh: the old year goes, a year ending today comes.
            await db.CostEntries.Where(c => c.ChannelId == id).ExecuteDeleteAsync(ct);
            await db.Videos.Where(v => v.ChannelId == id).ExecuteDeleteAsync(ct);
            await db.VideoAnalytics.Where(a => a.ChannelId == id).ExecuteDeleteAsync(ct);
            await db.ChannelAnalytics.Where(a => a.ChannelId == id).ExecuteDeleteAsync(ct);
            await db.ChannelVideos.Where(v => v.ChannelId == id).ExecuteDeleteAsync(ct);

            foreach (var day in data.ChannelDays) day.ChannelId = id;
            foreach (var day in data.VideoDays) day.ChannelId = id;
            foreach (var (video, _) in data.Generated) video.ChannelId = id;
            db.Videos.AddRange(data.Generated.Select(g => g.Video));
            await db.SaveChangesAsync(ct);

            var videoIdByYouTubeId = data.Generated.ToDictionary(g => g.Video.YouTubeVideoId!, g => g.Video.Id);
            foreach (var demo in data.Videos)
            {
                demo.Video.ChannelId = id;
                demo.Video.VideoId = videoIdByYouTubeId.TryGetValue(demo.Video.YouTubeVideoId, out var vid) ? vid : null;
            }
            var costEntries = data.Generated.SelectMany(g => g.Costs.Select(c => { c.VideoId = g.Video.Id; c.ChannelId = id; return c; })).ToList();
            db.ChannelVideos.AddRange(data.Videos.Select(v => v.Video));
            db.ChannelAnalytics.AddRange(data.ChannelDays);
            db.VideoAnalytics.AddRange(data.VideoDays);
            db.CostEntries.AddRange(costEntries);
            channel.SubscriberCount = 12_000 + data.ChannelDays.Sum(d => d.SubscribersGained - d.SubscribersLost);
            channel.YouTubeViewCount = data.ChannelDays.Sum(d => d.Views);
            channel.YouTubeVideoCount = data.Videos.Count;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            return new DemoLoadResult(id, channel.Name, created, data.ChannelDays[0].Date, end,
                data.ChannelDays.Count, data.Videos.Count, data.VideoDays.Count, data.Generated.Count, costEntries.Count);
        }, cancellationToken);

        events.Publish(new AnalyticsRefreshed(time.GetUtcNow(), result.ChannelId, result.ChannelDays + result.VideoDays));
        return result;
    }

    public async Task<bool> RemoveDemoAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.Channels.Where(c => c.IsDemo).Select(c => c.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0) return false;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Explicit deletes rather than trusting every provider's cascade settings.
            await db.CostEntries.Where(c => ids.Contains(c.ChannelId)).ExecuteDeleteAsync(ct);
            await db.Videos.Where(v => ids.Contains(v.ChannelId)).ExecuteDeleteAsync(ct);
            await db.VideoAnalytics.Where(a => ids.Contains(a.ChannelId)).ExecuteDeleteAsync(ct);
            await db.ChannelAnalytics.Where(a => ids.Contains(a.ChannelId)).ExecuteDeleteAsync(ct);
            await db.ChannelVideos.Where(v => ids.Contains(v.ChannelId)).ExecuteDeleteAsync(ct);
            await db.Channels.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        foreach (var id in ids) events.Publish(new AnalyticsRefreshed(time.GetUtcNow(), id, 0));
        return true;
    }

    public async Task<long?> FindDemoChannelAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Channels.Where(c => c.IsDemo).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
