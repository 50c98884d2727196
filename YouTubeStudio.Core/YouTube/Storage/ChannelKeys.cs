using System.Globalization;

namespace YouTubeStudio.Core.YouTube.Storage;

/// <summary>The token-store key of a channel: <c>channel-7</c>.</summary>
public static class ChannelKeys
{
    private const string Prefix = "channel-";

    public static string For(long channelId) => Prefix + channelId.ToString(CultureInfo.InvariantCulture);

    public static long? Parse(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(key.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
