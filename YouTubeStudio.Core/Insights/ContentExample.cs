namespace YouTubeStudio.Core.Insights;

/// <summary>
/// A published video with its outcome, for training: <see cref="Views"/> as counted at <see cref="ObservedAt"/>.
/// <see cref="ChannelKey"/> groups videos of one channel (outcomes are judged relative to the channel).
/// </summary>
public sealed record ContentExample(ContentDraft Draft, string ChannelKey, DateTimeOffset PublishedAt, DateTimeOffset ObservedAt, double Views);
