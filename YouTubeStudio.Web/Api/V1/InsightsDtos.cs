namespace YouTubeStudio.Web.Api.V1;

/// <summary>Body of <c>POST ml/predict-trend</c>; historical_days defaults to 365.</summary>
public sealed record PredictTrendRequest(long? ChannelId, int? HistoricalDays, int? ForecastDays);

/// <summary>Body of <c>POST ml/score-content</c> (DESIGN.md §10); duration in seconds, format "shorts" or "landscape".</summary>
public sealed record ScoreContentRequest(
    string? Title,
    string? Description,
    List<string>? Tags,
    int? Duration,
    long? ChannelId,
    int? CategoryId,
    string? Format,
    DateTimeOffset? PublishAt);

/// <summary>Body of <c>POST ml/train</c>: a channel's own model, or the installation-wide one when channel_id is absent.</summary>
public sealed record TrainRequest(long? ChannelId);
