using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Audit;

internal sealed class ApiKeyService(IDbContextFactory<AppDbContext> dbFactory, IAuditLog audit, TimeProvider time) : IApiKeyService
{
    public const string SecretPrefix = "yts_";
    private const int MaxKeysPerUser = 20;

    public async Task<Result<(ApiKey Key, string Secret)>> CreateAsync(string userId, string? name, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100) return Result<(ApiKey, string)>.Invalid("name", "Give the key a name of 1 to 100 characters, e.g. n8n.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ApiKeys.CountAsync(k => k.UserId == userId && k.RevokedAt == null, cancellationToken) >= MaxKeysPerUser)
            return Result<(ApiKey, string)>.Conflict($"At most {MaxKeysPerUser} active keys per user; revoke one first.");
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var key = new ApiKey { UserId = userId, Name = trimmed, Prefix = secret[..10], Hash = Hash(secret), CreatedAt = time.GetUtcNow() };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("api_key.create", $"api_key:{key.Id}", key.Name, cancellationToken);
        return Result<(ApiKey, string)>.Ok((key, secret));
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).OrderByDescending(k => k.Id).ToListAsync(cancellationToken);
    }

    public async Task<Result<bool>> RevokeAsync(string userId, long keyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.UserId == userId, cancellationToken);
        if (key is null) return Result<bool>.NotFound($"API key {keyId} does not exist.");
        key.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("api_key.revoke", $"api_key:{keyId}", key.Name, cancellationToken);
        return Result<bool>.Ok(true);
    }

    public async Task<string?> FindOwnerAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 200) return null;
        var hash = Hash(secret);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
        if (key is null) return null;
        var now = time.GetUtcNow();
        // Written at most once a minute so a busy script does not turn every read into a write.
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return key.UserId;
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
