namespace YouTubeStudio.Core.Insights;

/// <summary>The outcome a content score predicts: views relative to what is typical for that age and channel.</summary>
public static class ContentOutcomes
{
    // How many videos a channel's own mean is worth against the global one: a channel with one video tells
    // little about the channel, so its effect is shrunk towards zero (empirical-Bayes style).
    private const double ChannelShrinkage = 2;

    /// <summary>
    /// log(1 + views) minus the expected log views at the video's age (a log-log curve fitted on
    /// <paramref name="examples"/>), minus the channel's shrunken mean of that residual.
    /// With one snapshot per video this is "views relative to the channel's typical video of the same age".
    /// </summary>
    public static double[] AgeAdjusted(IReadOnlyList<ContentExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            return [];
        }

        var x = examples.Select(e => Math.Log(AgeDays(e))).ToArray();
        var y = examples.Select(e => Math.Log(1 + Math.Max(0, e.Views))).ToArray();
        var mx = x.Average();
        var my = y.Average();
        var sxx = x.Sum(v => (v - mx) * (v - mx));
        // Views only grow with age, but not faster than a power of it; the clamp keeps a skewed sample from
        // inventing a curve that does not exist.
        var slope = sxx < 1e-9 ? 0 : Math.Clamp(x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / sxx, 0, 2);
        var residuals = x.Zip(y).Select(p => p.Second - (my + slope * (p.First - mx))).ToArray();
        var channelEffect = examples.Select((e, i) => (e.ChannelKey, Residual: residuals[i]))
            .GroupBy(p => p.ChannelKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Residual) / (g.Count() + ChannelShrinkage), StringComparer.Ordinal);
        return examples.Select((e, i) => residuals[i] - channelEffect[e.ChannelKey]).ToArray();
    }

    /// <summary>Days from publishing to the observation, at least half a day.</summary>
    public static double AgeDays(ContentExample example) =>
        Math.Max(0.5, (example.ObservedAt - example.PublishedAt).TotalDays);
}
