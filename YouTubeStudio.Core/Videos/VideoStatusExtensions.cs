using System.Text.Json;

namespace YouTubeStudio.Core.Videos;

public static class VideoStatusExtensions
{
    public static string ToWire(this VideoStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static bool TryParseWire(string? value, out VideoStatus status)
    {
        status = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        return Enum.TryParse(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out status) && Enum.IsDefined(status);
    }

    /// <summary>A worker is on it (one of the generation stages).</summary>
    public static bool IsWorking(this VideoStatus s) => s is VideoStatus.Scripting or VideoStatus.Voicing or VideoStatus.Rendering or VideoStatus.Assembling or VideoStatus.Thumbnailing;

    /// <summary>No generation work will happen without a person asking again.</summary>
    public static bool IsFinal(this VideoStatus s) => s is VideoStatus.Failed or VideoStatus.Cancelled or VideoStatus.ReadyForUpload or VideoStatus.Scheduled or VideoStatus.Published;
}
