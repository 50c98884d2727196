namespace YouTubeStudio.Core.Generation;

public static class GenerationActions
{
    public const string Generate = "generate";
    public const string Score = "score";
    public const string Analyze = "analyze";
    public const string Publish = "publish";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Generate, Score, Analyze, Publish };
}
