using YouTubeStudio.Core.Channels;

namespace YouTubeStudio.Web.Components.Pages.Channels;

/// <summary>The channel dialog's editable copy; validation is the Core validator's, shown per field.</summary>
public sealed class ChannelFormModel
{
    public string Name { get; set; } = "";
    public string? YouTubeHandle { get; set; }
    public string? YouTubeChannelId { get; set; }
    public string Niche { get; set; } = "";
    public string Language { get; set; } = "en";
    public ContentType ContentType { get; set; } = ContentType.Shorts;
    public string DefaultVoice { get; set; } = "en-us";
    public int VideosPerDay { get; set; } = 1;
    public TimeSpan? PublishTime { get; set; } = new(17, 0, 0);
    public string TimeZone { get; set; } = "UTC";
    public bool AutoPublish { get; set; }
    public decimal BudgetAlertUsd { get; set; } = 2.50m;
    public decimal BudgetCapUsd { get; set; } = 3.00m;
    public bool IsActive { get; set; } = true;

    public static ChannelFormModel From(Channel c) => new()
    {
        Name = c.Name,
        YouTubeHandle = c.YouTubeHandle,
        YouTubeChannelId = c.YouTubeChannelId,
        Niche = c.Niche,
        Language = c.Language,
        ContentType = c.ContentType,
        DefaultVoice = c.DefaultVoice,
        VideosPerDay = c.VideosPerDay,
        PublishTime = c.PublishTime.ToTimeSpan(),
        TimeZone = c.TimeZone,
        AutoPublish = c.AutoPublish,
        BudgetAlertUsd = c.BudgetAlertUsd,
        BudgetCapUsd = c.BudgetCapUsd,
        IsActive = c.IsActive,
    };

    public ChannelInput ToInput() => new()
    {
        Name = Name,
        YouTubeHandle = YouTubeHandle ?? "",
        YouTubeChannelId = YouTubeChannelId ?? "",
        Niche = Niche ?? "",
        Language = Language ?? "",
        ContentType = ContentType.ToString(),
        DefaultVoice = DefaultVoice ?? "",
        VideosPerDay = VideosPerDay,
        PublishTime = PublishTime is { } t ? $"{t.Hours:00}:{t.Minutes:00}" : "",
        TimeZone = TimeZone ?? "",
        AutoPublish = AutoPublish,
        BudgetAlertUsd = BudgetAlertUsd,
        BudgetCapUsd = BudgetCapUsd,
        IsActive = IsActive,
    };
}
