namespace YouTubeStudio.Tests.Browser;

/// <summary>A browser test failure, carrying the page, the screenshot path and the app's recent log in its message.</summary>
public sealed class BrowserTestException(string message, Exception inner) : Exception(message, inner);
