using System.Collections.Concurrent;
using Google.Apis.Json;

namespace YouTubeStudio.Core.YouTube;

/// <summary>A process-local <see cref="IYouTubeTokenStore"/> that keeps values as JSON, as Google's FileDataStore does.</summary>
public sealed class InMemoryYouTubeTokenStore : IYouTubeTokenStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public Task StoreAsync<T>(string key, T value)
    {
        // Serialized, not kept by reference, so a caller mutating its object cannot change what is stored.
        _values[StoreKey<T>(key)] = NewtonsoftJsonSerializer.Instance.Serialize(value);
        return Task.CompletedTask;
    }

    public Task DeleteAsync<T>(string key)
    {
        _values.TryRemove(StoreKey<T>(key), out _);
        return Task.CompletedTask;
    }

    public Task<T> GetAsync<T>(string key) =>
        Task.FromResult(_values.TryGetValue(StoreKey<T>(key), out var json)
            ? NewtonsoftJsonSerializer.Instance.Deserialize<T>(json)
            : default!);

    public Task ClearAsync()
    {
        _values.Clear();
        return Task.CompletedTask;
    }

    private static string StoreKey<T>(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return typeof(T).FullName + "-" + key;
    }
}
