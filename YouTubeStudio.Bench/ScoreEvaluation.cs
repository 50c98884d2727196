using System.Diagnostics;
using System.Globalization;
using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Bench;

/// <summary>
/// Spearman of content scores against age-adjusted, channel-relative views on videos of channels unseen in
/// training: k-fold cross-validation grouped by a stable hash of channel_title.
/// </summary>
internal static class ScoreEvaluation
{
    private const int Folds = 3;
    private const int MinVideosForWithin = 5;
    private const int MaxVideos = 30_000;

    public static void Run(string folder, bool quick)
    {
        var clock = Stopwatch.StartNew();
        var examples = CsvFiles.Read(folder).Select(Parse).OfType<ContentExample>().ToList();
        var read = examples.Count;
        // Keeps the run to a few minutes on big folders: whole channels are sampled by hash, never single videos.
        var keepEvery = quick ? 3u : (uint)Math.Max(1, (int)Math.Ceiling(read / (double)MaxVideos));
        examples = examples.Where(e => StableHash.Of(e.ChannelKey) / Folds % keepEvery == 0).ToList();

        Console.WriteLine();
        Console.WriteLine("== Content score: Spearman on channels unseen in training ==");
        Console.WriteLine($"videos: {examples.Count} of {examples.Select(e => e.ChannelKey).Distinct().Count()} channels" +
            (keepEvery > 1 ? $" (sampled 1 channel in {keepEvery} by hash from {read} videos)" : "") + "; " +
            $"{Folds}-fold cross-validation grouped by hash(channel_title); target: log views minus the age curve and the channel's shrunken mean, computed within each test fold");
        var scorer = new ContentScorer(TimeProvider.System);
        var rows = new List<(string Model, int Fold, int Count, double Rho, double Within)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var test = examples.Where(e => StableHash.Of(e.ChannelKey) % Folds == fold).ToList();
            var train = examples.Where(e => StableHash.Of(e.ChannelKey) % Folds != fold).ToList();
            var target = ContentOutcomes.AgeAdjusted(test);
            var drafts = test.Select(e => e.Draft with { PublishAt = e.PublishedAt }).ToList();
            var model = scorer.Train(train);
            // Within-channel: the question a channel manager asks (which of MY ideas is better), averaged over
            // test channels with enough videos to rank.
            var groups = Enumerable.Range(0, test.Count).GroupBy(i => test[i].ChannelKey).Where(g => g.Count() >= MinVideosForWithin).Select(g => g.ToArray()).ToList();
            (double, double) Rho(Func<ContentDraft, double> score)
            {
                var scores = drafts.Select(score).ToArray();
                var within = groups.Select(g => RankCorrelation.Spearman(g.Select(i => scores[i]).ToArray(), g.Select(i => target[i]).ToArray())).Where(double.IsFinite).ToList();
                return (RankCorrelation.Spearman(scores, target), within.Count == 0 ? double.NaN : within.Average());
            }

            void Add(string name, (double All, double Within) rho) => rows.Add((name, fold, test.Count, rho.All, rho.Within));
            Add("title_length_baseline", Rho(d => ContentScorer.TitleLengthBaseline(d.Title.Length)));
            Add(ContentScorer.ColdStartModel, Rho(d => scorer.Score(d).Score));
            Add("fast_tree_global (trained on the other folds)", Rho(d => scorer.Score(d, model).Score));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fold {fold}: train {train.Count} videos, test {test.Count} ({groups.Count} test channels with >= {MinVideosForWithin} videos); the trained model's own held-out check (20% of its training channels): rho {model.Metadata.Metrics.HeldOutSpearman:0.000} vs title length {model.Metadata.Metrics.TitleLengthSpearman:0.000}"));
        }

        Console.WriteLine();
        Console.WriteLine("Spearman rho, all test videos pooled (per fold, mean) | mean within-channel rho (channels with >= 5 test videos)");
        Console.WriteLine($"{"model",-48} {string.Join(" ", Enumerable.Range(0, Folds).Select(f => $"{"fold " + f,8}"))} {"mean",8} | {"within",8}");
        foreach (var model in rows.Select(r => r.Model).Distinct())
        {
            var values = rows.Where(r => r.Model == model).OrderBy(r => r.Fold).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{model,-48} {string.Join(" ", values.Select(v => $"{v.Rho,8:0.000}"))} {values.Average(v => v.Rho),8:0.000} | {values.Where(v => double.IsFinite(v.Within)).Select(v => v.Within).DefaultIfEmpty(double.NaN).Average(),8:0.000}"));
        }

        Console.WriteLine("(no channel here has the 30+ videos a channel's own model needs; the trained figure is the cross-channel model)");
        Console.WriteLine($"score evaluation: {clock.Elapsed.TotalSeconds:0.0} s");
    }

    // The Kaggle trending tables write the observation day as yy.dd.MM.
    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParse(text, CultureInfo.InvariantCulture, out day)
        || DateOnly.TryParseExact(text, "yy.dd.MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static ContentExample? Parse(Dictionary<string, string> row)
    {
        string Get(string key) => row.TryGetValue(key, out var value) ? value : "";
        if (!DateTimeOffset.TryParse(Get("published_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published)
            || !TryParseDay(Get("observed_date"), out var observed)
            || !double.TryParse(Get("views"), CultureInfo.InvariantCulture, out var views)
            || string.IsNullOrWhiteSpace(Get("title")))
        {
            return null;
        }

        var tags = Get("tags") is "" or "[none]" ? [] : Get("tags").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.Trim('"')).ToArray();
        var channel = Get("channel_title") is { Length: > 0 } title ? title : Get("channel_id");
        int? category = int.TryParse(Get("category_id"), CultureInfo.InvariantCulture, out var c) ? c : null;
        var draft = new ContentDraft(Get("title"), Get("description"), tags, CategoryId: category);
        // A trending table is observed once a day; take the end of that day (UTC) as the observation time.
        return new ContentExample(draft, channel, published, new DateTimeOffset(observed.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero), views);
    }
}
