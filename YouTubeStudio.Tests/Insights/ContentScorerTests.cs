using Microsoft.Extensions.Time.Testing;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

public class ContentScorerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly ContentDraft Good = new(
        "How to Brew Better Coffee at Home: 5 Simple Tricks",
        "Brew better coffee at home with five simple tricks.\nWe test grind size, water temperature and ratios, and show what changes the taste most.\nChapters below.",
        ["coffee", "brew coffee", "home coffee", "coffee tricks", "grind size", "water temperature"],
        DurationSeconds: 600,
        Format: ContentType.Landscape);

    private readonly FakeTimeProvider _time = new(Now);

    private ContentScorer Scorer => new(_time);

    private static ScoreReason Reason(ContentScore score, string factor) => Assert.Single(score.Reasons, r => r.Factor == factor);

    [Fact]
    public void Score_ColdStart_GivesEveryFactorAReasonWithASuggestion()
    {
        var score = Scorer.Score(Good);

        Assert.Equal(ContentScorer.ColdStartModel, score.Model);
        Assert.InRange(score.Score, 0, 100);
        foreach (var factor in new[] { "title_length", "title_style", "title_hooks", "description", "keyword_in_description", "tags", "publish_time", "duration" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Reason(score, factor).Suggestion), factor);
        }

        Assert.Equal(score.Reasons.OrderByDescending(r => Math.Abs(r.Effect)).Select(r => Math.Abs(r.Effect)), score.Reasons.Select(r => Math.Abs(r.Effect)));
    }

    [Fact]
    public void Score_ColdStart_ALongRamblingTitleScoresLowerThanAGoodOne()
    {
        var rambling = Good with { Title = string.Join(' ', Enumerable.Repeat("coffee brewing tips", 16)) };
        Assert.True(rambling.Title.Length >= 300);

        var good = Scorer.Score(Good);
        var bad = Scorer.Score(rambling);

        Assert.True(bad.Score < good.Score);
        Assert.True(Reason(bad, "title_length").Effect < 0);
        Assert.True(Reason(good, "title_length").Effect > 0);
        Assert.Contains("Shorten", Reason(bad, "title_length").Suggestion);
    }

    [Fact]
    public void Score_AFiveMinuteShort_GetsANegativeDurationReasonThatSaysSixtySeconds()
    {
        var score = Scorer.Score(Good with { DurationSeconds = 300, Format = ContentType.Shorts });

        var duration = Reason(score, "duration");
        Assert.True(duration.Effect < 0);
        Assert.Contains("60 s", duration.Suggestion);
        Assert.True(score.Score < Scorer.Score(Good with { DurationSeconds = 45, Format = ContentType.Shorts }).Score);
    }

    [Fact]
    public void Score_ColdStart_PenalisesCapsBaitAndMissingKeywordsAndTags()
    {
        var bait = Scorer.Score(Good with { Title = "YOU WON'T BELIEVE THIS SHOCKING COFFEE TRICK!!!" });
        var bare = Scorer.Score(Good with { Description = "", Tags = [] });

        Assert.True(Reason(bait, "title_style").Effect < 0);
        Assert.True(Reason(Scorer.Score(Good), "title_style").Effect > 0);
        Assert.True(Reason(bare, "description").Effect < 0);
        Assert.True(Reason(bare, "tags").Effect < 0);
        Assert.True(Reason(Scorer.Score(Good with { Description = "Subscribe for more videos every week." }), "keyword_in_description").Effect < 0);
        Assert.True(Reason(Scorer.Score(Good), "keyword_in_description").Effect > 0);
    }

    [Fact]
    public void Score_WithAnEmptyTitle_IsRejected() => Assert.Throws<ArgumentException>(() => Scorer.Score(Good with { Title = " " }));

    [Fact]
    public void Train_LearnsWhatDrivesViewsAndItsReasonsCarryTheSign()
    {
        var model = Scorer.Train(Examples(600, channels: 60));

        var manyTags = Scorer.Score(Good with { Tags = Tags(14) }, model);
        var fewTags = Scorer.Score(Good with { Tags = Tags(1) }, model);

        Assert.Equal("fast_tree_global", manyTags.Model);
        Assert.True(manyTags.Score > fewTags.Score, $"{manyTags.Score} vs {fewTags.Score}");
        Assert.True(Reason(manyTags, "tags").Effect > 0);
        Assert.True(Reason(fewTags, "tags").Effect < 0);
        Assert.True(model.Metadata.Metrics.HeldOutSpearman > 0.3, $"held-out rho {model.Metadata.Metrics.HeldOutSpearman}");
        Assert.Equal(600, model.Metadata.Metrics.SampleCount);
        Assert.Equal(Now, model.Metadata.TrainedAt);
    }

    [Fact]
    public void Train_OnOneChannel_DescribesItsBestVideos()
    {
        var model = Scorer.Train(Examples(60, channels: 1));

        var score = Scorer.Score(Good with { Tags = Tags(12) }, model);

        Assert.Equal("fast_tree_channel", score.Model);
        Assert.NotNull(model.Metadata.BestVideos);
        Assert.Contains("best videos", Reason(score, "channel_best_videos").Suggestion);
    }

    [Fact]
    public void Model_RoundTripThroughBytes_GivesIdenticalScoresAndReasons()
    {
        var model = Scorer.Train(Examples(300, channels: 30));
        var drafts = new[] { Good, Good with { Tags = Tags(2), Title = "Coffee" }, Good with { Description = null, PublishAt = Now } };

        var bytes = model.ToBytes();
        var loaded = TrainedContentModel.FromBytes(bytes);

        Assert.Equal(model.Metadata.Metrics, loaded.Metadata.Metrics);
        Assert.Equal(model.Metadata.PredictionPercentiles, loaded.Metadata.PredictionPercentiles);
        foreach (var draft in drafts)
        {
            var before = Scorer.Score(draft, model);
            var after = Scorer.Score(draft, loaded);
            Assert.Equal(before.Score, after.Score);
            Assert.Equal(before.Reasons, after.Reasons);
        }
    }

    [Fact]
    public void Score_WithAModelButNoPublishTime_GivesThePublishTimeNoEffect()
    {
        var model = Scorer.Train(Examples(300, channels: 30));

        var score = Scorer.Score(Good with { PublishAt = null }, model);

        Assert.Equal(0, Reason(score, "publish_time").Effect);
        Assert.Contains("Set a planned publish time", Reason(score, "publish_time").Suggestion);
    }

    [Fact]
    public void FromBytes_OfSomethingElse_ThrowsInvalidData() =>
        Assert.ThrowsAny<InvalidDataException>(() => TrainedContentModel.FromBytes([1, 2, 3, 4]));

    [Fact]
    public void Train_WithTooFewVideos_IsRejected() =>
        Assert.Throws<ArgumentException>(() => Scorer.Train(Examples(5, channels: 1)));

    [Fact]
    public void AgeAdjusted_RemovesTheAgeCurveAndTheChannelLevel()
    {
        var published = Now.AddDays(-30);
        // Two channels a hundred times apart, views growing with age; within each age, the second video is the better one.
        var examples = new[] { ("big", 1000.0, 1.0), ("big", 3000, 1), ("big", 4000, 4), ("big", 12000, 4), ("small", 10, 1), ("small", 30, 1), ("small", 40, 4), ("small", 120, 4) }
            .Select(e => new ContentExample(Good, e.Item1, published, published.AddDays(e.Item3), e.Item2 * 100))
            .ToList();

        var adjusted = ContentOutcomes.AgeAdjusted(examples);

        // Four times the views at four times the age is the same outcome here (the fitted curve is linear in log-log, up to log1p).
        Assert.Equal(adjusted[0], adjusted[2], 2);
        Assert.Equal(adjusted[4], adjusted[6], 2);
        Assert.All(new[] { 0, 2, 4, 6 }, worse => Assert.True(adjusted[worse + 1] > adjusted[worse]));
        // The hundredfold channel gap shrinks to a fraction: a channel with few videos keeps a little of its level.
        var gap = adjusted[..4].Average() - adjusted[4..].Average();
        Assert.InRange(gap, 0, Math.Log(100) / 2);
    }

    private static string[] Tags(int count) => AllTags[..count];

    private static readonly string[] AllTags =
        ["coffee", "brew coffee", "home coffee", "coffee tricks", "grind size", "water temperature", "espresso", "pour over", "aeropress", "beans", "roast", "barista", "latte", "cold brew"];

    /// <summary>Videos whose views rise with the tag count and fall with title length past 70, plus noise and age.</summary>
    private static List<ContentExample> Examples(int count, int channels)
    {
        var random = new Random(11);
        return Enumerable.Range(0, count).Select(i =>
        {
            var tags = random.Next(0, 15);
            var title = string.Join(' ', Enumerable.Repeat("coffee", random.Next(2, 20)));
            var age = random.Next(1, 60);
            var published = Now.AddDays(-age).AddHours(random.Next(0, 24));
            var logViews = 7 + 0.25 * tags - 0.02 * Math.Max(0, title.Length - 70) + 0.8 * Math.Log(age) + 0.4 * (random.NextDouble() - 0.5) + i % channels * 0.05;
            var draft = new ContentDraft(title, "coffee at home", Tags(tags), CategoryId: 26);
            return new ContentExample(draft, $"channel-{i % channels}", published, Now, Math.Exp(logViews));
        }).ToList();
    }
}
