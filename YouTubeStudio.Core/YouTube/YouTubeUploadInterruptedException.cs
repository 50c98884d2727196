namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// A resumable upload stopped part-way. Resume it with <see cref="IYouTubeClient.ResumeUploadAsync"/> and
/// <see cref="SessionUri"/> (valid for about a week) instead of starting again, which would cost quota again.
/// </summary>
public sealed class YouTubeUploadInterruptedException(string message, Uri? sessionUri, long bytesSent, Exception? innerException = null)
    : YouTubeTransientException(message, innerException)
{
    public Uri? SessionUri { get; } = sessionUri;

    public long BytesSent { get; } = bytesSent;
}
