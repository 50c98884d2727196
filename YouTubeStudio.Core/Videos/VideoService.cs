using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Videos;

internal sealed class VideoService(IDbContextFactory<AppDbContext> dbFactory) : IVideoService
{
    public async Task<IReadOnlyList<VideoListItem>> ListAsync(VideoFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from v in db.Videos.AsNoTracking()
                    join c in db.Channels.AsNoTracking() on v.ChannelId equals c.Id
                    select new { v, c.Name, c.BudgetCapUsd };
        if (filter.ChannelId is { } channelId) query = query.Where(x => x.v.ChannelId == channelId);
        if (filter.Statuses is { Count: > 0 } statuses) query = query.Where(x => statuses.Contains(x.v.Status));
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLower();
            query = query.Where(x => x.v.Topic.ToLower().Contains(term) || (x.v.Title != null && x.v.Title.ToLower().Contains(term)));
        }
        var rows = await query.OrderByDescending(x => x.v.Id).Take(Math.Clamp(filter.Limit, 1, 1000)).ToListAsync(cancellationToken);
        return rows.Select(x => new VideoListItem(x.v, x.Name, x.BudgetCapUsd)).ToList();
    }

    public async Task<Video?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var video = await db.Videos.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (video is null) return null;
        video.History = await db.VideoStatusChanges.AsNoTracking().Where(h => h.VideoId == id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return video;
    }
}
