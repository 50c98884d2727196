namespace YouTubeStudio.Core.Insights;

/// <summary>
/// How a trained content model did on videos held out of its training (by channel for a cross-channel model,
/// the most recent videos for a channel's own model): Spearman of its predictions and of title length alone.
/// </summary>
public sealed record ContentModelMetrics(int SampleCount, int HeldOutCount, double HeldOutSpearman, double TitleLengthSpearman);
