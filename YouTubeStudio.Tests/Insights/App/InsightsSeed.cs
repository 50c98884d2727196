using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Tests.Insights.App;

/// <summary>Channels, daily analytics with a known weekly pattern, and published videos, written straight into the database.</summary>
internal static class InsightsSeed
{
    public static readonly DateOnly LastDay = new(2026, 11, 24);

    public static async Task<long> ChannelAsync(IDbContextFactory<AppDbContext> contexts, string? name = null)
    {
        name ??= $"Insights {Guid.NewGuid():N}";
        await using var db = await contexts.CreateDbContextAsync();
        var channel = new Channel
        {
            Name = name,
            NormalizedName = name.Trim().ToUpperInvariant(),
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        return channel.Id;
    }

    /// <summary><paramref name="days"/> days ending <see cref="LastDay"/>: about 1,000 views, weekends at half, a little noise.</summary>
    public static async Task WeeklyViewsAsync(IDbContextFactory<AppDbContext> contexts, long channelId, int days = 200)
    {
        var random = new Random(7);
        await using var db = await contexts.CreateDbContextAsync();
        for (var i = 0; i < days; i++)
        {
            var date = LastDay.AddDays(i - days + 1);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            db.ChannelAnalytics.Add(new ChannelAnalytics
            {
                ChannelId = channelId,
                Date = date,
                Views = (long)((weekend ? 500 : 1000) * (0.95 + 0.1 * random.NextDouble())),
                Source = "import",
                UpdatedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }

    private static readonly string[] Topics = ["python", "rust", "laptop", "camera", "budget", "gaming", "keyboard", "monitor", "phone", "router"];

    /// <summary>
    /// <paramref name="count"/> published videos over the last year; the ones with a number and a keyword in the title
    /// and more tags do better, so a model has something to learn.
    /// </summary>
    public static async Task VideosAsync(IDbContextFactory<AppDbContext> contexts, long channelId, int count)
    {
        var random = new Random((int)channelId * 31 + count);
        await using var db = await contexts.CreateDbContextAsync();
        var now = new DateTimeOffset(LastDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var topic = Topics[i % Topics.Length];
            var good = i % 2 == 0;
            // Same length either way: title length alone explains nothing here, the number and the tags do.
            var title = good ? $"7 {topic} tips nobody tells you" : $"a {topic} video i made tonight";
            var tags = good ? new List<string> { topic, $"{topic} tips", "tutorial", "how to", "2026" } : [topic];
            var published = now.AddDays(-(5 + i * 300.0 / count));
            var age = (now - published).TotalDays;
            var views = (good ? 20_000 : 3_000) * Math.Pow(age / 30, 0.3) * (0.7 + 0.6 * random.NextDouble());
            db.ChannelVideos.Add(new ChannelVideo
            {
                ChannelId = channelId,
                YouTubeVideoId = $"v{channelId}x{i:000}",
                Title = title,
                Description = good ? $"Everything about {topic}: the tips, the tools and the mistakes to avoid." : "",
                Tags = tags,
                CategoryId = "28",
                PublishedAt = published,
                DurationSeconds = 480,
                Views = (long)views,
                Source = "import",
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }
}
