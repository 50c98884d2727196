namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// The project's daily quota is spent (by our own ledger, or Google said <c>quotaExceeded</c>).
/// Jobs reschedule themselves for <see cref="RetryAfterUtc"/>, the next midnight in Pacific time.
/// </summary>
public sealed class YouTubeQuotaExceededException(string message, DateTimeOffset retryAfterUtc, Exception? innerException = null)
    : YouTubeException(message, innerException)
{
    public DateTimeOffset RetryAfterUtc { get; } = retryAfterUtc;
}
