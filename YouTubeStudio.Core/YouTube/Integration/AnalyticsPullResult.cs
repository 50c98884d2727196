namespace YouTubeStudio.Core.YouTube.Integration;

public sealed record AnalyticsPullResult(long ChannelId, DateOnly From, DateOnly To, int ChannelDays, int Videos, int VideoDays);
