namespace YouTubeStudio.Core.YouTube.Integration;

/// <summary>What the channel page shows about a channel's YouTube connection.</summary>
public sealed record YouTubeLinkStatus(YouTubeLinkState State, IReadOnlyList<string> Scopes, DateTimeOffset? ConnectedAt, string? Message)
{
    public bool CanUpload => Scopes.Any(s => s.EndsWith("/youtube.upload", StringComparison.Ordinal) || s.EndsWith("/auth/youtube", StringComparison.Ordinal));
}
