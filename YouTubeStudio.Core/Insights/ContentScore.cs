namespace YouTubeStudio.Core.Insights;

/// <summary>A 0–100 content score (DESIGN §10), the model that gave it and the reasons, largest effect first.</summary>
public sealed record ContentScore(int Score, string Model, IReadOnlyList<ScoreReason> Reasons);
