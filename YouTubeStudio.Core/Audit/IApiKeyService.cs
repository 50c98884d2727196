using YouTubeStudio.Core.Common;

namespace YouTubeStudio.Core.Audit;

/// <summary>API keys for automation: shown once, stored as a SHA-256 hash, revocable, acting with their owner's role.</summary>
public interface IApiKeyService
{
    /// <summary>Creates a key for a user; the returned secret is never retrievable again.</summary>
    Task<Result<(ApiKey Key, string Secret)>> CreateAsync(string userId, string? name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiKey>> ListAsync(string userId, CancellationToken cancellationToken = default);

    Task<Result<bool>> RevokeAsync(string userId, long keyId, CancellationToken cancellationToken = default);

    /// <summary>The owner of a valid, unrevoked key, or null.</summary>
    Task<string?> FindOwnerAsync(string secret, CancellationToken cancellationToken = default);
}
