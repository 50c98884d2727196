namespace YouTubeStudio.Bench;

/// <summary>FNV-1a: string.GetHashCode is randomised per process, and samples must not be.</summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
