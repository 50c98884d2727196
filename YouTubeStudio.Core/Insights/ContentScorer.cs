using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace YouTubeStudio.Core.Insights;

/// <summary>
/// Content scores from a learned FastTree model (a channel's own, or one across the app's channels) or, with no
/// model, from the transparent rule prior in <see cref="ContentRules"/>. Reason effects of a learned model are
/// measured, not written: the score minus the score with that factor's features set to the training median.
/// </summary>
public sealed class ContentScorer(TimeProvider timeProvider) : IContentScorer
{
    public const string ColdStartModel = "cold_start_rules";

    /// <summary>A channel's own model is worth training from this many videos; below it use a global model or the rules.</summary>
    public const int MinimumChannelVideos = 30;

    public const int MinimumTrainingVideos = 20;

    private const double HeldOutShare = 0.2;
    private const int HeldOutEvery = 5;

    public ContentScore Score(ContentDraft draft, TrainedContentModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            throw new ArgumentException("A title is required.", nameof(draft));
        }

        var features = ContentFeatures.Of(draft);
        var reasons = new List<ScoreReason>();
        double score;
        string name;
        if (model is null)
        {
            foreach (var (factor, _) in ContentFeatures.Factors)
            {
                if (factor == "category")
                {
                    continue; // the rules know nothing about categories
                }

                var effect = ContentRules.PriorEffect(factor, draft, features);
                reasons.Add(new ScoreReason(factor, effect, ContentRules.Suggest(factor, draft, features, effect)));
            }

            score = 50 + reasons.Sum(r => r.Effect);
            name = ColdStartModel;
        }
        else
        {
            var medians = model.Metadata.FeatureMedians;
            // Unknown publish time or category: the model never saw "unknown", so treat it as the typical value.
            if (draft.PublishAt is null)
            {
                features[14] = medians[14];
                features[15] = medians[15];
            }

            if (draft.CategoryId is null)
            {
                features[16] = medians[16];
            }

            score = model.Percentile(model.Predict(features));
            foreach (var (factor, indices) in ContentFeatures.Factors)
            {
                var counterfactual = (float[])features.Clone();
                foreach (var i in indices)
                {
                    counterfactual[i] = medians[i];
                }

                var effect = Math.Round(score - model.Percentile(model.Predict(counterfactual)), 1);
                reasons.Add(new ScoreReason(factor, effect, ContentRules.Suggest(factor, draft, features, effect)));
            }

            if (model.Metadata.BestVideos is { } best)
            {
                reasons.Add(BestVideosReason(draft, features, best));
            }

            name = model.Name;
        }

        // The training data carries no durations, so duration fit is always judged by the rules.
        var duration = ContentRules.Duration(draft);
        reasons.Add(duration);
        score += duration.Effect;
        var ordered = reasons.OrderByDescending(r => Math.Abs(r.Effect)).ThenBy(r => r.Factor, StringComparer.Ordinal).ToList();
        return new ContentScore((int)Math.Round(Math.Clamp(score, 0, 100)), name, ordered);
    }

    public TrainedContentModel Train(IReadOnlyList<ContentExample> videos, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(videos);
        if (videos.Count < MinimumTrainingVideos)
        {
            throw new ArgumentException($"At least {MinimumTrainingVideos} videos are needed to train a content model; got {videos.Count}.", nameof(videos));
        }

        var channels = videos.Select(v => v.ChannelKey).Distinct(StringComparer.Ordinal).Count();
        var scope = channels == 1 ? "channel" : "global";
        var targets = ContentOutcomes.AgeAdjusted(videos);
        var features = videos.Select(v => ContentFeatures.Of(v.Draft with { PublishAt = v.PublishedAt })).ToArray();

        // Held out: whole channels for a cross-channel model (a channel never on both sides), the most recent
        // videos for a channel's own model (the future is what it will be asked about).
        var heldOut = new bool[videos.Count];
        if (scope == "global")
        {
            for (var i = 0; i < videos.Count; i++)
            {
                heldOut[i] = Bucket(videos[i].ChannelKey) % HeldOutEvery == 0;
            }
        }
        else
        {
            foreach (var i in Enumerable.Range(0, videos.Count).OrderByDescending(i => videos[i].PublishedAt).Take((int)Math.Ceiling(videos.Count * HeldOutShare)))
            {
                heldOut[i] = true;
            }
        }

        var trainIndex = Enumerable.Range(0, videos.Count).Where(i => !heldOut[i]).ToArray();
        var testIndex = Enumerable.Range(0, videos.Count).Where(i => heldOut[i]).ToArray();
        var heldOutSpearman = double.NaN;
        var titleSpearman = double.NaN;
        if (trainIndex.Length >= MinimumTrainingVideos / 2 && testIndex.Length >= 5)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (probeMl, probe, _) = Fit(trainIndex.Select(i => features[i]).ToArray(), trainIndex.Select(i => targets[i]).ToArray());
            var engine = probeMl.Model.CreatePredictionEngine<ContentRow, ContentPrediction>(probe);
            var predicted = testIndex.Select(i => (double)engine.Predict(new ContentRow { Features = features[i] }).Score).ToArray();
            var actual = testIndex.Select(i => targets[i]).ToArray();
            heldOutSpearman = RankCorrelation.Spearman(predicted, actual);
            titleSpearman = RankCorrelation.Spearman(testIndex.Select(i => TitleLengthBaseline(features[i][0])).ToArray(), actual);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (ml, transformer, schema) = Fit(features, targets);
        var finalEngine = ml.Model.CreatePredictionEngine<ContentRow, ContentPrediction>(transformer);
        var inSample = features.Select(f => (double)finalEngine.Predict(new ContentRow { Features = f }).Score).ToArray();
        var percentiles = Enumerable.Range(0, 101).Select(p => Quantiles.Of(inSample, p / 100.0)).ToArray();
        var medians = Enumerable.Range(0, ContentFeatures.Count).Select(j => (float)Quantiles.Of(features.Select(f => (double)f[j]).ToArray(), 0.5)).ToArray();
        var metadata = new ContentModelMetadata(
            TrainedContentModel.CurrentFormatVersion,
            scope,
            timeProvider.GetUtcNow(),
            new ContentModelMetrics(videos.Count, testIndex.Length, heldOutSpearman, titleSpearman),
            ContentFeatures.Names,
            medians,
            percentiles,
            scope == "channel" ? BestVideos(videos, features, targets) : null);
        return new TrainedContentModel(ml, transformer, schema, metadata);
    }

    /// <summary>The title-length-only baseline every content model is compared with: closeness to a 50-character title.</summary>
    public static double TitleLengthBaseline(double titleLength) => -Math.Abs(titleLength - 50);

    private static (MLContext Ml, ITransformer Model, DataViewSchema Schema) Fit(float[][] features, double[] targets)
    {
        var ml = new MLContext(seed: 7);
        var rows = features.Select((f, i) => new ContentRow { Features = f, Label = (float)targets[i] }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        // Outcomes are noisy (a hit is luck as much as metadata): few, small trees and large leaves, so the
        // model learns broad tendencies instead of memorising videos.
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = Math.Max(5, rows.Count / 100),
            LearningRate = 0.05,
            FeatureFraction = 0.8,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        return (ml, model, data.Schema);
    }

    private static ContentBestVideos BestVideos(IReadOnlyList<ContentExample> videos, float[][] features, double[] targets)
    {
        var threshold = Quantiles.Of(targets, 0.75);
        var top = Enumerable.Range(0, videos.Count).Where(i => targets[i] >= threshold).ToArray();
        var all = Enumerable.Range(0, videos.Count).ToArray();
        // Words that recur in the best titles more often than in the channel's titles overall.
        var topWords = top.SelectMany(i => ContentFeatures.Words(videos[i].Draft.Title).Where(ContentFeatures.IsKeyword).Distinct()).CountBy(w => w).ToDictionary();
        var allWords = all.SelectMany(i => ContentFeatures.Words(videos[i].Draft.Title).Where(ContentFeatures.IsKeyword).Distinct()).CountBy(w => w).ToDictionary();
        var frequent = topWords
            .Where(p => p.Value >= 2 && p.Value / (double)top.Length > 1.5 * allWords[p.Key] / videos.Count)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(5).Select(p => p.Key).ToList();
        return new ContentBestVideos(
            Quantiles.Of(top.Select(i => (double)features[i][0]).ToArray(), 0.5),
            Quantiles.Of(top.Select(i => (double)features[i][12]).ToArray(), 0.5),
            top.Average(i => (double)features[i][3]),
            all.Average(i => (double)features[i][3]),
            frequent);
    }

    private static ScoreReason BestVideosReason(ContentDraft draft, float[] features, ContentBestVideos best)
    {
        var titleWords = ContentFeatures.Words(draft.Title).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shared = best.FrequentWords.Where(titleWords.Contains).ToList();
        var parts = new List<string> { $"titles around {best.MedianTitleLength:0} characters (this one: {features[0]:0})", $"about {best.MedianTagCount:0} tags" };
        if (best.ShareWithNumber > best.ShareWithNumberOverall + 0.1)
        {
            parts.Add($"a number in the title ({best.ShareWithNumber:P0} of them)");
        }

        if (best.FrequentWords.Count > 0)
        {
            parts.Add($"words such as {string.Join(", ", best.FrequentWords.Select(w => $"'{w}'"))}");
        }

        var suggestion = $"Your best videos have in common: {string.Join("; ", parts)}." +
            (shared.Count > 0 ? $" This title shares '{string.Join("', '", shared)}'." : "");
        // Informational: the model's measured effects are in the other reasons, so this adds no points.
        return new ScoreReason("channel_best_videos", 0, suggestion);
    }

    private static uint Bucket(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
