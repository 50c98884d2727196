namespace YouTubeStudio.Core.Identity;

public sealed record UserSummary(string Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? LockedUntil);
