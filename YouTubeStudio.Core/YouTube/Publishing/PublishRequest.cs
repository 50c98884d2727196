namespace YouTubeStudio.Core.YouTube.Publishing;

/// <summary>Body of <c>POST videos/{id}/publish</c>.</summary>
public sealed record PublishRequest
{
    /// <summary>private, unlisted or public (default private; a scheduled video is private until publish_at).</summary>
    public string? Privacy { get; init; }
    public DateTimeOffset? PublishAt { get; init; }
    public bool? MadeForKids { get; init; }
    /// <summary>The altered-or-synthetic-content disclosure; generated videos default to true.</summary>
    public bool? ContainsSyntheticMedia { get; init; }
    public string? CategoryId { get; init; }
}
