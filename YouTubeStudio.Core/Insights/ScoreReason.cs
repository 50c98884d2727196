namespace YouTubeStudio.Core.Insights;

/// <summary>One factor behind a score: its effect in score points (signed) and what to do about it.</summary>
public sealed record ScoreReason(string Factor, double Effect, string Suggestion);
