using YouTubeStudio.Core.Channels;

namespace YouTubeStudio.Core.Generation.Pipeline.Stages;

/// <summary>Each channel gets its own stable accent colour, so its videos are recognisable.</summary>
internal static class ChannelStyle
{
    private static readonly string[] Accents = ["#FFB000", "#FF5252", "#40C4FF", "#69F0AE", "#E040FB", "#FFD740", "#FF6E40", "#64FFDA"];
    private static readonly string[] Backgrounds = ["#14161F", "#1A1423", "#0F1A1C", "#1C1712"];

    public static SceneStyle For(Channel channel) => new(
        channel.Name,
        Backgrounds[(int)(channel.Id % Backgrounds.Length)],
        Accents[(int)(channel.Id % Accents.Length)]);
}
