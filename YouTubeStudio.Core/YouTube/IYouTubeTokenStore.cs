using Google.Apis.Util.Store;

namespace YouTubeStudio.Core.YouTube;

/// <summary>
/// Where OAuth tokens live, keyed per channel (the key is the app's channel key, e.g. <c>channel-7</c>).
/// Google's flow reads and writes <c>TokenResponse</c> objects through it, including every refreshed access
/// token. The app implements it on the <c>youtube_credentials</c> table, encrypted with Data Protection;
/// <see cref="InMemoryYouTubeTokenStore"/> serves tests.
/// </summary>
/// <remarks>
/// Contract of <see cref="IDataStore"/> as Google's flow uses it: <c>StoreAsync</c> upserts, <c>GetAsync</c> returns
/// <c>default</c> when the key is unknown, <c>DeleteAsync</c> is idempotent. Serialize values with
/// <c>Google.Apis.Json.NewtonsoftJsonSerializer.Instance</c> so the token's fields (issued time, scope) survive.
/// </remarks>
public interface IYouTubeTokenStore : IDataStore;
