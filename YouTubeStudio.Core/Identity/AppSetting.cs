namespace YouTubeStudio.Core.Identity;

/// <summary>An installation setting changed at run time by the Admin (key/value).</summary>
public class AppSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
