namespace YouTubeStudio.Core.Generation;

/// <summary>
/// The voice of one scene. <paramref name="Duration"/> is the scene's slot in the combined file
/// (speech plus the pause after it), starting at <paramref name="Start"/>; the slots add up to the
/// whole file, so scenes shown for these durations stay in sync with the voice.
/// </summary>
public sealed record SceneVoice(int Index, string FilePath, TimeSpan Start, TimeSpan SpeechDuration, TimeSpan Duration);
