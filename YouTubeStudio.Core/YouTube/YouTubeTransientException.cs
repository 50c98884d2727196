namespace YouTubeStudio.Core.YouTube;

/// <summary>Google kept failing (5xx, dropped connections) after the library's own back-off retries; try again later.</summary>
public class YouTubeTransientException(string message, Exception? innerException = null) : YouTubeException(message, innerException);
