using System.Globalization;
using System.Text.RegularExpressions;
using YouTubeStudio.Core.Common;

namespace YouTubeStudio.Core.Channels;

/// <summary>
/// Checks a <see cref="ChannelInput"/> and applies it to a channel. Shared by the API and the
/// channel dialog so both show the same messages for the same mistakes.
/// </summary>
public static partial class ChannelValidator
{
    public static ValidationErrors Apply(ChannelInput input, Channel target, bool isCreate)
    {
        var errors = new ValidationErrors();

        if (isCreate || input.Name is not null)
        {
            var name = input.Name?.Trim() ?? "";
            if (name.Length == 0) errors.Add("name", "Name is required.");
            else if (name.Length > ChannelRules.NameMaxLength) errors.Add("name", $"Name must be at most {ChannelRules.NameMaxLength} characters.");
            else if (name.Any(char.IsControl)) errors.Add("name", "Name must not contain control characters.");
            else
            {
                target.Name = name;
                target.NormalizedName = ChannelRules.Normalize(name);
            }
        }

        if (input.YouTubeChannelId is not null)
        {
            var id = input.YouTubeChannelId.Trim();
            if (id.Length == 0) target.YouTubeChannelId = null;
            else if (!YouTubeChannelIdPattern().IsMatch(id)) errors.Add("youtube_channel_id", "A YouTube channel id starts with UC followed by 22 letters, digits, - or _.");
            else target.YouTubeChannelId = id;
        }

        if (input.YouTubeHandle is not null)
        {
            var handle = input.YouTubeHandle.Trim();
            if (handle.Length == 0) target.YouTubeHandle = null;
            else
            {
                if (!handle.StartsWith('@')) handle = "@" + handle;
                if (!HandlePattern().IsMatch(handle)) errors.Add("youtube_handle", "A handle is @ followed by 3 to 30 letters, digits, '.', '-' or '_'.");
                else target.YouTubeHandle = handle;
            }
        }

        if (input.Niche is not null)
        {
            if (input.Niche.Length > ChannelRules.NicheMaxLength) errors.Add("niche", $"Niche must be at most {ChannelRules.NicheMaxLength} characters.");
            else target.Niche = input.Niche.Trim();
        }

        if (input.Language is not null)
        {
            var language = input.Language.Trim();
            if (!LanguagePattern().IsMatch(language)) errors.Add("language", "Language must be a language code such as en, de or pt-BR.");
            else target.Language = language;
        }

        if (input.ContentType is not null)
        {
            if (!Enum.TryParse<ContentType>(input.ContentType.Trim(), ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(input.ContentType, out _))
                errors.Add("content_type", "Content type must be shorts, landscape or mixed.");
            else target.ContentType = type;
        }

        if (input.DefaultVoice is not null)
        {
            var voice = input.DefaultVoice.Trim();
            if (!VoicePattern().IsMatch(voice)) errors.Add("default_voice", "Voice must be a voice name such as en-us or en+f3.");
            else target.DefaultVoice = voice;
        }

        if (input.VideosPerDay is { } perDay)
        {
            if (perDay is < 0 or > ChannelRules.MaxVideosPerDay) errors.Add("videos_per_day", $"Videos per day must be between 0 and {ChannelRules.MaxVideosPerDay}.");
            else target.VideosPerDay = perDay;
        }

        if (input.PublishTime is not null)
        {
            if (!TimeOnly.TryParseExact(input.PublishTime.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                errors.Add("publish_time", "Publish time must be a time of day as HH:mm, e.g. 17:00.");
            else target.PublishTime = new TimeOnly(time.Hour, time.Minute);
        }

        if (input.TimeZone is not null)
        {
            var zone = input.TimeZone.Trim();
            if (!IsKnownTimeZone(zone)) errors.Add("time_zone", "Time zone must be an IANA time zone such as Europe/Berlin or UTC.");
            else target.TimeZone = zone;
        }

        if (input.AutoPublish is { } autoPublish) target.AutoPublish = autoPublish;
        if (input.IsActive is { } isActive) target.IsActive = isActive;

        if (input.BudgetAlertUsd is { } alert)
        {
            if (alert < 0) errors.Add("budget_alert_usd", "Budget alert must be zero or more.");
            else target.BudgetAlertUsd = alert;
        }

        if (input.BudgetCapUsd is { } cap)
        {
            if (cap < 0) errors.Add("budget_cap_usd", "Budget cap must be zero or more.");
            else target.BudgetCapUsd = cap;
        }

        if (target.BudgetAlertUsd > target.BudgetCapUsd && (input.BudgetAlertUsd is not null || input.BudgetCapUsd is not null))
            errors.Add("budget_alert_usd", "Budget alert must not be above the hard cap.");

        return errors;
    }

    public static bool IsKnownTimeZone(string zone) =>
        zone.Length is > 0 and <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);

    [GeneratedRegex("^UC[A-Za-z0-9_-]{22}$")]
    private static partial Regex YouTubeChannelIdPattern();

    [GeneratedRegex("^@[A-Za-z0-9._-]{3,30}$")]
    private static partial Regex HandlePattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_+-]{0,63}$")]
    private static partial Regex VoicePattern();
}
