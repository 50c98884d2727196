using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Web.Components.Pages.Dashboard;

/// <summary>What the production sections of the dashboard show, read once per refresh.</summary>
public sealed record DashboardData(
    IReadOnlyList<Channel> Channels,
    IReadOnlyDictionary<VideoStatus, int> TaskCounts,
    CostSummary MonthCosts,
    DateOnly MonthStart,
    IReadOnlyList<DailyCount> ProducedPerDay,
    IReadOnlyList<VideoListItem> RecentVideos)
{
    public int Count(params VideoStatus[] statuses) => statuses.Sum(s => TaskCounts.GetValueOrDefault(s));
}

public sealed record DailyCount(DateOnly Date, int Count);
