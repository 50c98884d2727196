namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// The demo channel: one clearly labelled channel (<see cref="DemoChannelName"/>, IsDemo) with a year of
/// synthetic, seeded analytics, videos and generation costs, so a newcomer sees every chart. Its rows
/// only ever belong to the demo channel.
/// </summary>
public interface IDemoDataService
{
    public const string DemoChannelName = "Demo · Tech Explained";

    /// <summary>Creates the demo channel, or refreshes its data so the year ends today (UTC).</summary>
    Task<DemoLoadResult> LoadDemoChannelAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the demo channel and everything of it; false when there was none.</summary>
    Task<bool> RemoveDemoAsync(CancellationToken cancellationToken = default);

    /// <summary>The demo channel's id, or null.</summary>
    Task<long?> FindDemoChannelAsync(CancellationToken cancellationToken = default);
}
