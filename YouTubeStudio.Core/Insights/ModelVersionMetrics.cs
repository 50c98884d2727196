namespace YouTubeStudio.Core.Insights;

/// <summary>What <see cref="ModelVersion.MetricsJson"/> holds (snake_case JSON; NaN stored as null).</summary>
public sealed record ModelVersionMetrics(string Model, string Scope, int SampleCount, int HeldOutCount, double? HeldOutSpearman, double? TitleLengthSpearman);
