using YouTubeStudio.Core.Events;

namespace YouTubeStudio.Web.Live;

/// <summary>
/// A component's subscription to domain events, coalesced: events that arrive within
/// <c>throttle</c> of the first are delivered together, so a burst of progress reports causes one
/// re-render per circuit instead of dozens. No timers poll; a flush is scheduled only by an event.
/// </summary>
public sealed class LiveSubscription : IDisposable
{
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
        if (!_disposed && batch.Count > 0) await _onBatch(batch);
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription.Dispose();
    }
}
