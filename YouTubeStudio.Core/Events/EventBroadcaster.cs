using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace YouTubeStudio.Core.Events;

internal sealed partial class EventBroadcaster(ILogger<EventBroadcaster> logger) : IEventBroadcaster
{
    private ImmutableArray<Func<StudioEvent, Task>> _handlers = [];

    public void Publish(StudioEvent studioEvent)
    {
        foreach (var handler in _handlers)
        {
            _ = InvokeAsync(handler, studioEvent);
        }
    }

    public IDisposable Subscribe(Func<StudioEvent, Task> handler)
    {
        ImmutableInterlocked.Update(ref _handlers, h => h.Add(handler));
        return new Subscription(() => ImmutableInterlocked.Update(ref _handlers, h => h.Remove(handler)));
    }

    private async Task InvokeAsync(Func<StudioEvent, Task> handler, StudioEvent e)
    {
        try
        {
            await Task.Yield();
            await handler(e);
        }
        catch (Exception ex)
        {
            LogHandlerFailed(ex, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An event handler failed for {EventType}")]
    private partial void LogHandlerFailed(Exception ex, string eventType);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
