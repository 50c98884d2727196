namespace YouTubeStudio.Tests.Fixtures;

/// <summary>Browser tests share one running app and one Chromium, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}
