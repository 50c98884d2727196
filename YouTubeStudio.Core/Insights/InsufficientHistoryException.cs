namespace YouTubeStudio.Core.Insights;

/// <summary>There is no usable history to learn from (the API answers 422).</summary>
public sealed class InsufficientHistoryException(string message) : Exception(message);
