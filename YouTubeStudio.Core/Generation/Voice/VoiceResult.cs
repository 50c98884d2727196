namespace YouTubeStudio.Core.Generation;

public sealed record VoiceResult(IReadOnlyList<SceneVoice> Scenes, string CombinedFile, TimeSpan TotalDuration, StageUsage Usage)
{
    /// <summary>The scene slot lengths, in order: what the subtitle, assembly and metadata stages need.</summary>
    public IReadOnlyList<TimeSpan> SceneDurations => Scenes.Select(s => s.Duration).ToList();
}
