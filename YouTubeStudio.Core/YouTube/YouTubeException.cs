namespace YouTubeStudio.Core.YouTube;

/// <summary>Base of every failure the YouTube layer reports; callers catch the subclasses they can act on.</summary>
public class YouTubeException(string message, Exception? innerException = null) : Exception(message, innerException);
