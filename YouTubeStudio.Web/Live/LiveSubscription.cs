using System.Diagnostics.Metrics;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Observability;

namespace YouTubeStudio.Web.Live;

/// <summary>
/// A component's subscription to domain events, coalesced: events that arrive within
/// <c>throttle</c> of the first are delivered together, so a burst of progress reports causes one
/// re-render per circuit instead of dozens. No timers poll; a flush is scheduled only by an event.
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    /// <summary>Pages subscribe from components, outside DI's reach, so this meter is static; it shares the app's meter name.</summary>
    private static readonly Meter Meter = new(StudioMetrics.MeterName);

    /// <summary>Event time to the end of the page's re-render (its diff is then on its way to the browser), per delivered batch.</summary>
    private static readonly Histogram<double> UpdateLag = Meter.CreateHistogram<double>("studio_live_update_lag", "s",
        "From a domain event to the re-render of a subscribed page, including the coalescing delay");

    private readonly IDisposable _subscription;
    private readonly Func<StudioEvent, bool> _filter;
    private readonly Func<IReadOnlyList<StudioEvent>, Task> _onBatch;
    private readonly TimeSpan _throttle;
    private readonly Lock _gate = new();
    private List<StudioEvent> _pending = [];
    private bool _flushScheduled;
    private volatile bool _disposed;

    private LiveSubscription(IEventBroadcaster events, Func<StudioEvent, bool> filter, Func<IReadOnlyList<StudioEvent>, Task> onBatch, TimeSpan throttle)
    {
        _filter = filter;
        _onBatch = onBatch;
        _throttle = throttle;
        _subscription = events.Subscribe(OnEventAsync);
    }

    public static LiveSubscription Start(IEventBroadcaster events, Func<StudioEvent, bool> filter, Func<IReadOnlyList<StudioEvent>, Task> onBatch, TimeSpan? throttle = null) =>
        new(events, filter, onBatch, throttle ?? TimeSpan.FromMilliseconds(250));

    private Task OnEventAsync(StudioEvent e)
    {
        if (_disposed || !_filter(e)) return Task.CompletedTask;
        lock (_gate)
        {
            _pending.Add(e);
            if (_flushScheduled) return Task.CompletedTask;
            _flushScheduled = true;
        }
        return FlushLaterAsync();
    }

    private async Task FlushLaterAsync()
    {
        await Task.Delay(_throttle);
        List<StudioEvent> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = [];
            _flushScheduled = false;
        }
        if (_disposed || batch.Count == 0) return;
        await _onBatch(batch);
        UpdateLag.Record((DateTimeOffset.UtcNow - batch.Min(e => e.At)).TotalSeconds);
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription.Dispose();
    }
}
