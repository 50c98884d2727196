using Google.Apis.Util.Store;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>
/// The store handed to Google's flow. The flow deletes a user's token on any non-5xx token error, including
/// <c>invalid_client</c>: one wrong client secret in the settings would wipe every channel's authorization.
/// Deletes are therefore ignored here; <see cref="YouTubeOAuthService"/> deletes explicitly when a channel is
/// disconnected, and a dead grant stays until the user reconnects (callers learn of it from <c>NeedsReconnect</c>).
/// </summary>
internal sealed class KeepOnFailureTokenStore(IYouTubeTokenStore inner) : IDataStore
{
    public Task StoreAsync<T>(string key, T value) => inner.StoreAsync(key, value);

    public Task DeleteAsync<T>(string key) => Task.CompletedTask;

    public Task<T> GetAsync<T>(string key) => inner.GetAsync<T>(key);

    public Task ClearAsync() => Task.CompletedTask;
}
