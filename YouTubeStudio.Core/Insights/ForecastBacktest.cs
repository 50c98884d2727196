namespace YouTubeStudio.Core.Insights;

/// <summary>
/// Error on the most recent held-out days: the served model's sMAPE (a fraction, 0.31 = 31 %) and MAE,
/// beside the baselines' sMAPE (<see cref="Baselines"/>) and MAE, and the ML model's own figures when it was tried.
/// </summary>
public sealed record ForecastBacktest(
    int HorizonDays,
    double ModelSmape,
    double ModelMae,
    IReadOnlyDictionary<string, double> Baselines,
    IReadOnlyDictionary<string, double> BaselinesMae,
    double? MlSmape,
    double? MlMae);
