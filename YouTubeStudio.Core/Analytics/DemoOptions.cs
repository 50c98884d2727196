namespace YouTubeStudio.Core.Analytics;

public sealed class DemoOptions
{
    public const string SectionName = "Analytics:Demo";

    /// <summary>Load (or refresh) the demo channel when the app starts (<c>Analytics__Demo__LoadOnStart=true</c>).</summary>
    public bool LoadOnStart { get; set; }
}
