using System.Text.Json.Serialization;

namespace YouTubeStudio.Core.Analytics;

/// <summary>One YouTube video's metrics for one day; null metrics are not reported (see <see cref="ChannelDayInput"/>).</summary>
public sealed record VideoDayInput(
    [property: JsonPropertyName("youtube_video_id")] string YouTubeVideoId,
    DateOnly Date,
    long? Views = null,
    double? WatchMinutes = null,
    double? AverageViewDurationSeconds = null,
    long? Likes = null,
    long? Comments = null,
    long? Shares = null,
    long? SubscribersGained = null,
    decimal? EstimatedRevenueUsd = null);
