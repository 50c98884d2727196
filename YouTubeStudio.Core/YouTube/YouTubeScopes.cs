namespace YouTubeStudio.Core.YouTube;

/// <summary>The OAuth scopes the app asks Google for, as full URLs.</summary>
public static class YouTubeScopes
{
    public const string Upload = "https://www.googleapis.com/auth/youtube.upload";
    public const string ReadOnly = "https://www.googleapis.com/auth/youtube.readonly";
    public const string AnalyticsReadOnly = "https://www.googleapis.com/auth/yt-analytics.readonly";
    public const string AnalyticsMonetaryReadOnly = "https://www.googleapis.com/auth/yt-analytics-monetary.readonly";

    /// <summary>Every scope the consent screen asks for; the user may grant fewer.</summary>
    public static readonly IReadOnlyList<string> All = [Upload, ReadOnly, AnalyticsReadOnly, AnalyticsMonetaryReadOnly];
}
