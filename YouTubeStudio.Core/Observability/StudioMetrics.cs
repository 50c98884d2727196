using System.Diagnostics.Metrics;

namespace YouTubeStudio.Core.Observability;

/// <summary>
/// The app's own metrics (meter <c>YouTubeStudio</c>), exported at <c>/metrics</c> in Prometheus format:
/// stage durations, task outcomes, costs, YouTube quota and analytics pulls. Queue depth per state is an
/// observable gauge fed by <see cref="QueueDepthProvider"/>.
/// </summary>
public sealed class StudioMetrics : IDisposable
{
    public const string MeterName = "YouTubeStudio";

    private readonly Meter _meter;
    private readonly Histogram<double> _stageSeconds;
    private readonly Counter<long> _tasks;
    private readonly Counter<double> _costUsd;
    private readonly Counter<long> _quotaUnits;
    private readonly Counter<long> _analyticsPulls;

    public StudioMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _stageSeconds = _meter.CreateHistogram<double>("studio_stage_duration", "s", "Wall time of a generation stage");
        _tasks = _meter.CreateCounter<long>("studio_tasks_finished", description: "Tasks that ended, by action and outcome");
        _costUsd = _meter.CreateCounter<double>("studio_cost", "USD", "Money recorded in cost entries, by stage");
        _quotaUnits = _meter.CreateCounter<long>("studio_youtube_quota_units", description: "YouTube API quota units spent, by operation");
        _analyticsPulls = _meter.CreateCounter<long>("studio_analytics_pulls", description: "Analytics pulls, by outcome");
    }

    /// <summary>Set by the host: returns the number of tasks per wire status.</summary>
    public Func<IReadOnlyDictionary<string, int>>? QueueDepthProvider
    {
        set
        {
            if (value is null) return;
            _meter.CreateObservableGauge("studio_queue_depth", () =>
                value().Select(kv => new Measurement<int>(kv.Value, new KeyValuePair<string, object?>("status", kv.Key))),
                description: "Tasks per status");
        }
    }

    public void StageCompleted(string stage, double seconds) =>
        _stageSeconds.Record(seconds, new KeyValuePair<string, object?>("stage", stage));

    public void TaskFinished(string action, string outcome, string? reason = null) =>
        _tasks.Add(1, new KeyValuePair<string, object?>("action", action), new KeyValuePair<string, object?>("outcome", outcome),
            new KeyValuePair<string, object?>("reason", reason ?? ""));

    public void CostRecorded(string stage, decimal amountUsd) =>
        _costUsd.Add((double)amountUsd, new KeyValuePair<string, object?>("stage", stage));

    public void QuotaSpent(string operation, int units) =>
        _quotaUnits.Add(units, new KeyValuePair<string, object?>("operation", operation));

    public void AnalyticsPulled(string outcome) =>
        _analyticsPulls.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
