using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Web.Components.Pages.Videos;

/// <summary>The status choices of the Videos page, each a set of <see cref="VideoStatus"/> values (none: all).</summary>
public sealed record VideoStatusFilter(string Key, string Label, IReadOnlyCollection<VideoStatus>? Statuses)
{
    public static readonly VideoStatusFilter All = new("all", "All", null);

    public static readonly IReadOnlyList<VideoStatusFilter> Choices =
    [
        All,
        new("ready", "Ready", [VideoStatus.ReadyForUpload]),
        new("published", "Published", [VideoStatus.Uploading, VideoStatus.Scheduled, VideoStatus.Published]),
        new("in_progress", "In progress", [VideoStatus.Draft, VideoStatus.Queued, VideoStatus.Scripting, VideoStatus.Voicing, VideoStatus.Rendering, VideoStatus.Assembling, VideoStatus.Thumbnailing]),
        new("failed", "Failed or cancelled", [VideoStatus.Failed, VideoStatus.Cancelled]),
    ];

    public static VideoStatusFilter FromKey(string? key) => Choices.FirstOrDefault(c => c.Key == key) ?? All;
}
