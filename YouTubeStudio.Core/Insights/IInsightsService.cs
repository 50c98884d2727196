using YouTubeStudio.Core.Common;

namespace YouTubeStudio.Core.Insights;

/// <summary>
/// The insights the app serves from its own data: trend forecasts from <c>channel_analytics</c>, content scores with
/// the best model a channel has, and the training and versioning of content models in <c>model_versions</c>.
/// Failures come back as results: field errors (keyed by the API's snake_case name), not found, or
/// <see cref="NotEnoughDataKey"/> when the data is too thin for the request.
/// </summary>
public interface IInsightsService
{
    /// <summary>The error key of an invalid result that means "not enough data" (the API answers 422).</summary>
    public const string NotEnoughDataKey = "not_enough_data";

    public const int MinHistoricalDays = 7;
    public const int MaxHistoricalDays = 1095;
    public const int DefaultHistoricalDays = 365;
    public const int MinForecastDays = 1;
    public const int MaxForecastDays = 90;

    /// <summary>Forecasts a channel's daily views from its last <paramref name="historicalDays"/> days of analytics.</summary>
    Task<Result<ChannelForecast>> PredictTrendAsync(long channelId, int historicalDays, int forecastDays, CancellationToken cancellationToken = default);

    /// <summary>
    /// Scores a planned video with the channel's active model, else the installation-wide model, else the cold-start rules.
    /// </summary>
    Task<Result<ContentScore>> ScoreContentAsync(ContentDraft draft, long? channelId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The content model a channel's drafts are scored with: its own active model, else the installation-wide one,
    /// else null (the cold-start rules). A null channel gets the installation-wide model or null.
    /// </summary>
    Task<TrainedContentModel?> GetContentModelAsync(long? channelId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Trains a content model on a channel's published videos (at least <see cref="ContentScorer.MinimumChannelVideos"/>),
    /// or on every channel's when <paramref name="channelId"/> is null (at least <see cref="ContentScorer.MinimumTrainingVideos"/>),
    /// stores it as the next active version and returns it.
    /// </summary>
    Task<Result<ModelVersionInfo>> TrainAsync(long? channelId, CancellationToken cancellationToken = default);

    /// <summary>Trains every channel with enough videos and the installation-wide model (the scheduled job).</summary>
    Task<IReadOnlyList<ModelVersionInfo>> TrainAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored model version, newest first, without the model bytes.</summary>
    Task<IReadOnlyList<ModelVersionInfo>> ListModelVersionsAsync(CancellationToken cancellationToken = default);
}
