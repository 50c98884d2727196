using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>What a Queue page shows: the tasks matching its filter and the counts per status.</summary>
public sealed record QueueSnapshot(IReadOnlyList<TaskView> Tasks, IReadOnlyDictionary<VideoStatus, int> Counts);

/// <summary>
/// One database read per queue change for all open Queue pages. Every task event reaches every circuit, and each
/// used to reload on its own: two queries per circuit per event. Pages reloading <em>because of an event</em> ask here
/// instead, and those asking for the same filter after the same change share one load (single flight). Any task or
/// cost event starts a new generation, so a load begun before a change is never served after it. Loads a person
/// starts (opening the page, changing a filter, after their own action) bypass this and read fresh, because not every
/// change is announced by an event.
/// </summary>
public sealed class QueueSnapshots : IDisposable
{
    private readonly IGenerationQueue _queue;
    private readonly IDisposable _subscription;
    private readonly Lock _gate = new();
    private Dictionary<TaskFilterKey, Task<QueueSnapshot>> _loads = [];

    public QueueSnapshots(IGenerationQueue queue, IEventBroadcaster events)
    {
        _queue = queue;
        _subscription = events.Subscribe(e =>
        {
            if (e is TaskChanged or CostAdded) Invalidate();
            return Task.CompletedTask;
        });
    }

    /// <summary>The snapshot for <paramref name="filter"/> as of the latest event, loading it if nobody has yet.</summary>
    public Task<QueueSnapshot> GetAsync(TaskFilter filter)
    {
        var key = TaskFilterKey.From(filter);
        lock (_gate)
        {
            if (_loads.TryGetValue(key, out var shared) && !shared.IsFaulted && !shared.IsCanceled) return shared;
            var load = LoadAsync(filter);
            _loads[key] = load;
            return load;
        }
    }

    /// <summary>Reads <paramref name="filter"/> from the database now.</summary>
    public async Task<QueueSnapshot> LoadAsync(TaskFilter filter)
    {
        var tasks = await _queue.ListTasksAsync(filter);
        var counts = await _queue.CountByStatusAsync();
        return new QueueSnapshot(tasks, counts);
    }

    /// <summary>Forgets every shared load; the next <see cref="GetAsync"/> reads again.</summary>
    public void Invalidate()
    {
        lock (_gate) _loads = [];
    }

    public void Dispose() => _subscription.Dispose();

    /// <summary><see cref="TaskFilter"/> with its status list made comparable by value.</summary>
    private readonly record struct TaskFilterKey(string Statuses, long? ChannelId, TaskPriority? Priority, int Limit)
    {
        public static TaskFilterKey From(TaskFilter f) =>
            new(f.Statuses is null ? "" : string.Join(',', f.Statuses.Order()), f.ChannelId, f.Priority, f.Limit);
    }
}
