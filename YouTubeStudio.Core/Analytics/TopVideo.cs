using System.Text.Json.Serialization;

namespace YouTubeStudio.Core.Analytics;

/// <summary>A video's totals over the dashboard's range (from video_analytics), with its title from youtube_videos.</summary>
public sealed record TopVideo(
    [property: JsonPropertyName("youtube_video_id")] string YouTubeVideoId,
    long ChannelId,
    string ChannelName,
    string Title,
    DateTimeOffset? PublishedAt,
    double? DurationSeconds,
    long Views,
    double WatchHours,
    long Likes,
    long Comments,
    long SubscribersGained,
    decimal RevenueUsd);
