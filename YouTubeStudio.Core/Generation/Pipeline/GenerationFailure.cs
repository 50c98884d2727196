namespace YouTubeStudio.Core.Generation.Pipeline;

/// <summary>A stage failure with a reason code a person and a script can read.</summary>
public class GenerationFailure(string reason, string message, bool isTransient, Exception? inner = null) : Exception(message, inner)
{
    public string Reason { get; } = reason;
    public bool IsTransient { get; } = isTransient;
}
