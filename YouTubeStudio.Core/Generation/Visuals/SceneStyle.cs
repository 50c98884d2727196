namespace YouTubeStudio.Core.Generation;

/// <summary>The look of a channel's slides and thumbnails: colours as "#RRGGBB".</summary>
public sealed record SceneStyle(string ChannelName, string BackgroundHex = "#14161F", string AccentHex = "#FFB000");
