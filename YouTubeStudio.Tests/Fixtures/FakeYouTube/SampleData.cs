using System.Text.Json.Nodes;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>
/// Google's discovery documents and recorded API responses from <c>shared/data/youtube-api</c>, found by walking up
/// from the test binaries (the repository sits next to, or inside, the folder holding <c>shared/</c>).
/// </summary>
public static class SampleData
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The <c>youtube-api</c> folder; set <c>YOUTUBE_API_SAMPLES</c> to override.</summary>
    public static string Directory => Root.Value;

    public static JsonNode Load(string relativePath)
    {
        var path = Path.Combine(Directory, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The recorded YouTube response '{relativePath}' is missing under {Directory}.", path);
        }

        return JsonNode.Parse(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no JSON.");
    }

    public static JsonObject LoadObject(string relativePath) => Load(relativePath).AsObject();

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("YOUTUBE_API_SAMPLES") is { Length: > 0 } overridden)
        {
            return System.IO.Directory.Exists(overridden)
                ? overridden
                : throw new DirectoryNotFoundException($"YOUTUBE_API_SAMPLES points to {overridden}, which does not exist.");
        }

        // A copy (with its licences and provenance) ships with the tests, so a clone alone runs them.
        var bundled = Path.Combine(AppContext.BaseDirectory, "TestData", "youtube-api");
        if (File.Exists(Path.Combine(bundled, "youtube.v3.json")))
        {
            return bundled;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[]
                     {
                         Path.Combine(dir.FullName, "shared", "data", "youtube-api"),
                         Path.Combine(dir.FullName, "..", "shared", "data", "youtube-api"),
                     })
            {
                if (File.Exists(Path.Combine(candidate, "youtube.v3.json")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException(
            "The fake YouTube server needs Google's discovery documents and recorded responses in shared/data/youtube-api " +
            $"(looked in every parent of {AppContext.BaseDirectory} for shared/data and ../shared/data). " +
            "Check out the shared data next to the repository or set YOUTUBE_API_SAMPLES.");
    }
}
