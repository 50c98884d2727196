namespace YouTubeStudio.Core.Events;

/// <summary>
/// In-process publish/subscribe of domain events. Handlers run off the publisher's path, so a slow
/// circuit never slows a render; with several instances a bridge forwards events between them.
/// </summary>
public interface IEventBroadcaster
{
    void Publish(StudioEvent studioEvent);

    /// <summary>Subscribes; dispose the result to unsubscribe.</summary>
    IDisposable Subscribe(Func<StudioEvent, Task> handler);
}
