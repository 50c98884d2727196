namespace YouTubeStudio.Core.Generation;

/// <summary>
/// A stage failed. <see cref="Reason"/> is a stable snake_case code (render_error, voice_error,
/// llm_invalid_output, llm_unavailable, script_invalid, …) kept on the task; <see cref="IsTransient"/>
/// tells the queue whether a retry can help.
/// </summary>
public sealed class GenerationException(string reason, string message, bool isTransient = false, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Reason { get; } = reason;

    public bool IsTransient { get; } = isTransient;
}
