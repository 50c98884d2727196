using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>Puts known data into a <see cref="MudTestContext"/>'s database through the real services.</summary>
public static class StudioSeed
{
    public static async Task<Channel> ChannelAsync(this MudTestContext ctx, string name, decimal? alert = null, decimal cap = 3.00m, bool active = true)
    {
        var result = await ctx.Get<IChannelService>().CreateAsync(new ChannelInput { Name = name, Niche = $"{name} niche", BudgetAlertUsd = alert ?? Math.Min(2.50m, cap), BudgetCapUsd = cap, IsActive = active });
        Assert.True(result.IsOk, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return result.Value!;
    }

    /// <summary>Queues a video through the real queue; returns its id.</summary>
    public static async Task<long> QueueVideoAsync(this MudTestContext ctx, long channelId, string topic)
    {
        var result = await ctx.Get<IGenerationQueue>().SubmitAsync(new GenerateRequest { ChannelId = channelId, Topic = topic });
        Assert.True(result.IsOk, result.Message);
        return result.Value!.VideoId;
    }

    /// <summary>Moves a queued video to <paramref name="status"/> as the pipeline would leave it.</summary>
    public static async Task SetStatusAsync(this MudTestContext ctx, long videoId, VideoStatus status, string? title = null, double? duration = null, DateTimeOffset? finishedAt = null)
    {
        await using var db = await ctx.CreateDbContextAsync();
        var video = await db.Videos.SingleAsync(v => v.Id == videoId);
        var task = await db.GenerationTasks.SingleAsync(t => t.VideoId == videoId);
        var at = finishedAt ?? ctx.Time.GetUtcNow();
        video.Status = status;
        video.Title = title ?? video.Title;
        video.DurationSeconds = duration ?? video.DurationSeconds;
        video.UpdatedAt = at;
        task.Status = status;
        task.Progress = status == VideoStatus.ReadyForUpload ? 100 : task.Progress;
        task.StartedAt ??= at.AddSeconds(-15);
        if (status.IsFinal()) task.FinishedAt = at;
        db.VideoStatusChanges.Add(new VideoStatusChange { VideoId = videoId, Status = status, At = at });
        await db.SaveChangesAsync();
    }

    /// <summary>Records a cost entry for a video at <paramref name="at"/>, as a stage does.</summary>
    public static async Task AddCostAsync(this MudTestContext ctx, long videoId, string stage, decimal amount, DateTimeOffset? at = null)
    {
        await using var db = await ctx.CreateDbContextAsync();
        var video = await db.Videos.SingleAsync(v => v.Id == videoId);
        db.CostEntries.Add(new CostEntry
        {
            VideoId = videoId,
            ChannelId = video.ChannelId,
            Stage = stage,
            Provider = "test",
            Units = 1,
            Unit = "cpu_seconds",
            UnitPriceUsd = amount,
            AmountUsd = amount,
            CreatedAt = at ?? ctx.Time.GetUtcNow(),
        });
        video.CostUsd += amount;
        await db.SaveChangesAsync();
    }
}
