using System.Globalization;
using YouTubeStudio.Core.Channels;

namespace YouTubeStudio.Web.Api.V1;

/// <summary>A channel as DESIGN.md §10 shows it (snake_case on the wire).</summary>
public sealed record ChannelDto(
    long Id,
    string Name,
    string? YoutubeChannelId,
    string? YoutubeHandle,
    string Niche,
    string Language,
    string ContentType,
    string DefaultVoice,
    int VideosPerDay,
    string PublishTime,
    string TimeZone,
    bool AutoPublish,
    decimal BudgetAlertUsd,
    decimal BudgetCapUsd,
    bool IsActive,
    bool IsDemo,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ChannelDto From(Channel c) => new(
        c.Id, c.Name, c.YouTubeChannelId, c.YouTubeHandle, c.Niche, c.Language,
        c.ContentType.ToString().ToLowerInvariant(), c.DefaultVoice, c.VideosPerDay,
        c.PublishTime.ToString("HH:mm", CultureInfo.InvariantCulture), c.TimeZone, c.AutoPublish,
        c.BudgetAlertUsd, c.BudgetCapUsd, c.IsActive, c.IsDemo, c.CreatedAt, c.UpdatedAt);
}
