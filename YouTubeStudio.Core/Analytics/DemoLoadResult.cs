namespace YouTubeStudio.Core.Analytics;

/// <summary>What loading the demo channel wrote.</summary>
public sealed record DemoLoadResult(long ChannelId, string ChannelName, bool Created, DateOnly From, DateOnly To, int ChannelDays, int Videos, int VideoDays, int GeneratedVideos, int CostEntries);
