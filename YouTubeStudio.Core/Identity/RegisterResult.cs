namespace YouTubeStudio.Core.Identity;

public sealed record RegisterResult(RegisterOutcome Outcome, UserSummary? User, IReadOnlyDictionary<string, string[]> Errors, string? Message);
