using System.Diagnostics;

namespace YouTubeStudio.Bench;

/// <summary>
/// <c>eval &lt;data-folder&gt;</c>: honest figures for the insight models on a folder laid out like shared/data.
/// Forecasts are judged by a rolling-origin back-test, scores by Spearman on channels never seen in training.
/// </summary>
internal static class EvalCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: eval <data-folder> [--quick]   (the folder holds channels/*.csv and videos/*.csv)");
            return 2;
        }

        var folder = args[0];
        var quick = args.Contains("--quick");
        var clock = Stopwatch.StartNew();
        var onlyScore = args.Contains("--score-only");
        var channels = Path.Combine(folder, "channels");
        if (onlyScore)
        {
            Console.WriteLine("--score-only: forecast evaluation skipped");
        }
        else if (Directory.Exists(channels))
        {
            ForecastEvaluation.Run(channels, quick);
        }
        else
        {
            Console.WriteLine($"no channels/ folder in {folder}: forecast evaluation skipped");
        }

        var videos = Path.Combine(folder, "videos");
        if (args.Contains("--forecast-only"))
        {
            Console.WriteLine("--forecast-only: score evaluation skipped");
        }
        else if (Directory.Exists(videos))
        {
            ScoreEvaluation.Run(videos, quick);
        }
        else
        {
            Console.WriteLine($"no videos/ folder in {folder}: score evaluation skipped");
        }

        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
