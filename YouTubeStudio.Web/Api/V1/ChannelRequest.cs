using YouTubeStudio.Core.Channels;

namespace YouTubeStudio.Web.Api.V1;

/// <summary>Create/update body; every field but name is optional.</summary>
public sealed record ChannelRequest(
    string? Name,
    string? YoutubeChannelId,
    string? YoutubeHandle,
    string? Niche,
    string? Language,
    string? ContentType,
    string? DefaultVoice,
    int? VideosPerDay,
    string? PublishTime,
    string? TimeZone,
    bool? AutoPublish,
    decimal? BudgetAlertUsd,
    decimal? BudgetCapUsd,
    bool? IsActive)
{
    public ChannelInput ToInput() => new()
    {
        Name = Name,
        YouTubeChannelId = YoutubeChannelId,
        YouTubeHandle = YoutubeHandle,
        Niche = Niche,
        Language = Language,
        ContentType = ContentType,
        DefaultVoice = DefaultVoice,
        VideosPerDay = VideosPerDay,
        PublishTime = PublishTime,
        TimeZone = TimeZone,
        AutoPublish = AutoPublish,
        BudgetAlertUsd = BudgetAlertUsd,
        BudgetCapUsd = BudgetCapUsd,
        IsActive = IsActive,
    };
}
