namespace YouTubeStudio.Core.Channels;

/// <summary>
/// What a person or API client sends to create or change a channel. Every field but <see cref="Name"/>
/// is optional; a missing one keeps its default (create) or its current value (update).
/// </summary>
public sealed record ChannelInput
{
    public string? Name { get; init; }
    public string? YouTubeChannelId { get; init; }
    public string? YouTubeHandle { get; init; }
    public string? Niche { get; init; }
    public string? Language { get; init; }
    public string? ContentType { get; init; }
    public string? DefaultVoice { get; init; }
    public int? VideosPerDay { get; init; }
    public string? PublishTime { get; init; }
    public string? TimeZone { get; init; }
    public bool? AutoPublish { get; init; }
    public decimal? BudgetAlertUsd { get; init; }
    public decimal? BudgetCapUsd { get; init; }
    public bool? IsActive { get; init; }

    public static ChannelInput From(Channel c) => new()
    {
        Name = c.Name,
        YouTubeChannelId = c.YouTubeChannelId,
        YouTubeHandle = c.YouTubeHandle,
        Niche = c.Niche,
        Language = c.Language,
        ContentType = c.ContentType.ToString().ToLowerInvariant(),
        DefaultVoice = c.DefaultVoice,
        VideosPerDay = c.VideosPerDay,
        PublishTime = c.PublishTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        TimeZone = c.TimeZone,
        AutoPublish = c.AutoPublish,
        BudgetAlertUsd = c.BudgetAlertUsd,
        BudgetCapUsd = c.BudgetCapUsd,
        IsActive = c.IsActive,
    };
}
