namespace YouTubeStudio.Core.Insights;

/// <summary>
/// A stored model version without its bytes. <see cref="HeldOutSpearman"/> is the rank correlation of the model's
/// scores with age-adjusted views on held-out videos, <see cref="TitleLengthSpearman"/> the title-length baseline's;
/// null when the held-out set was too small to measure.
/// </summary>
public sealed record ModelVersionInfo(
    long Id,
    string Kind,
    long? ChannelId,
    string? ChannelName,
    int Version,
    DateTimeOffset TrainedAt,
    int SampleCount,
    int HeldOutCount,
    double? HeldOutSpearman,
    double? TitleLengthSpearman,
    string Model,
    bool IsActive);
