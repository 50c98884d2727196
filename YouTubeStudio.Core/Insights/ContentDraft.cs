using YouTubeStudio.Core.Channels;

namespace YouTubeStudio.Core.Insights;

/// <summary>A planned (or published) video's metadata as the content score sees it. Null means unknown.</summary>
public sealed record ContentDraft(
    string Title,
    string? Description = null,
    IReadOnlyList<string>? Tags = null,
    int? DurationSeconds = null,
    int? CategoryId = null,
    ContentType? Format = null,
    DateTimeOffset? PublishAt = null);
