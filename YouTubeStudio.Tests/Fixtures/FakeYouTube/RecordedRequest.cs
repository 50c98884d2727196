namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>A request the fake received, for assertions.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    long BodyLength,
    int StatusCode)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
