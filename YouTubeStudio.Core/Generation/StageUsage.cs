namespace YouTubeStudio.Core.Generation;

/// <summary>
/// What one stage consumed, so the cost service can price it: tokens for an LLM, characters for a
/// voice, CPU seconds for local work (measured, not estimated), and the wall time it took.
/// </summary>
/// <param name="Provider">Who did the work: "offline-writer", "openai:gpt-4o-mini", "espeak-ng", "skia", "ffmpeg".</param>
/// <param name="Model">The model name for LLM stages.</param>
public sealed record StageUsage(
    string Provider,
    string? Model = null,
    long InputTokens = 0,
    long OutputTokens = 0,
    long Characters = 0,
    double CpuSeconds = 0,
    double WallSeconds = 0);
