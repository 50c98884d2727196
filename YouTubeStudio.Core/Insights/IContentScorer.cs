namespace YouTubeStudio.Core.Insights;

/// <summary>Scores planned videos 0–100 with reasons, and trains the models behind the scores.</summary>
public interface IContentScorer
{
    /// <summary>
    /// Scores <paramref name="draft"/> with <paramref name="model"/> (a channel's own or a cross-channel model), or with
    /// the transparent cold-start rules when it is null. Reasons come largest effect first.
    /// </summary>
    /// <exception cref="ArgumentException">The title is empty.</exception>
    ContentScore Score(ContentDraft draft, TrainedContentModel? model = null);

    /// <summary>
    /// Trains a model on published videos: one channel's (scope "channel"; use it from
    /// <see cref="ContentScorer.MinimumChannelVideos"/> videos on) or several channels' (scope "global", the
    /// cold-start model the app can build from the videos it holds). Metrics come from a held-out split.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than <see cref="ContentScorer.MinimumTrainingVideos"/> videos.</exception>
    TrainedContentModel Train(IReadOnlyList<ContentExample> videos, CancellationToken cancellationToken = default);
}
