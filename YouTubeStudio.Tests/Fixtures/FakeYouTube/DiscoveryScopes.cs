using System.Text.Json.Nodes;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>The scopes each API method accepts, read from Google's discovery documents (any one of them suffices).</summary>
public sealed class DiscoveryScopes
{
    private readonly Dictionary<string, string[]> _byMethod = new(StringComparer.Ordinal);

    public DiscoveryScopes()
    {
        Collect(SampleData.LoadObject("youtube.v3.json"));
        Collect(SampleData.LoadObject("youtubeAnalytics.v2.json"));
    }

    /// <summary>e.g. <c>youtube.videos.insert</c>, <c>youtubeAnalytics.reports.query</c>.</summary>
    public IReadOnlyList<string> For(string methodId) =>
        _byMethod.TryGetValue(methodId, out var scopes) ? scopes : throw new KeyNotFoundException($"No method {methodId} in the discovery documents.");

    private void Collect(JsonObject node)
    {
        if (node["methods"] is JsonObject methods)
        {
            foreach (var (_, method) in methods)
            {
                var id = (string?)method?["id"];
                if (id is not null)
                {
                    _byMethod[id] = method!["scopes"]?.AsArray().Select(s => (string)s!).ToArray() ?? [];
                }
            }
        }

        if (node["resources"] is JsonObject resources)
        {
            foreach (var (_, resource) in resources)
            {
                Collect(resource!.AsObject());
            }
        }
    }
}
