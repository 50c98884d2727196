namespace YouTubeStudio.Bench;

/// <summary>Spearman of content scores against age-adjusted views on channels unseen in training.</summary>
internal static class ScoreEvaluation
{
    public static void Run(string folder, bool quick)
    {
        _ = folder;
        _ = quick;
    }
}
