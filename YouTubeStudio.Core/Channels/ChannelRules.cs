namespace YouTubeStudio.Core.Channels;

public static class ChannelRules
{
    public const int NameMaxLength = 100;
    public const int NicheMaxLength = 2000;
    public const int MaxVideosPerDay = 24;

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
