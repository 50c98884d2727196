namespace YouTubeStudio.Core.Generation;

/// <summary>
/// What the assembler joins: scene images shown for their durations (in order, same count), the
/// voice, optional subtitles to burn in, the frame size, and where the MP4 goes.
/// </summary>
public sealed record VideoAssemblyRequest(
    IReadOnlyList<string> SceneImages,
    IReadOnlyList<TimeSpan> SceneDurations,
    string VoicePath,
    string? SubtitlesPath,
    VideoFormat Format,
    string OutputPath);
