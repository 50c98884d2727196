namespace YouTubeStudio.Core.Insights;

/// <summary>
/// A stored model version without its bytes. <see cref="HeldOutSpearman"/> is the rank correlation of the model's
/// scores with age-adjusted views on held-out videos, <see cref="TitleLengthSpearman"/> the title-length baseline's;
/// null when the held-out set was too small to measure. <see cref="BeatsBaseline"/> false: the active model ranked
/// held-out videos worse than title length alone, so scores skip it (the next model down, or the rules, is served).
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
    bool IsActive,
    bool BeatsBaseline);
