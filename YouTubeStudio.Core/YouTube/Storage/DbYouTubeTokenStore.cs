using Google.Apis.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.YouTube.Storage;

/// <summary>
/// OAuth tokens in <c>youtube_credentials</c>, encrypted with Data Protection. Google's flow writes
/// every refreshed token through here, so a restart keeps the newest one.
/// </summary>
internal sealed class DbYouTubeTokenStore(IDbContextFactory<AppDbContext> dbFactory, IDataProtectionProvider protection, TimeProvider time) : IYouTubeTokenStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("YouTubeStudio.YouTube.Tokens.v1");

    public async Task StoreAsync<T>(string key, T value)
    {
        var channelId = ChannelKeys.Parse(key) ?? throw new ArgumentException($"'{key}' is not a channel key.", nameof(key));
        var json = NewtonsoftJsonSerializer.Instance.Serialize(value);
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.YouTubeCredentials.FirstOrDefaultAsync(c => c.Key == key);
        var now = time.GetUtcNow();
        if (row is null)
        {
            row = new YouTubeCredential { ChannelId = channelId, Key = key, ConnectedAt = now };
            db.YouTubeCredentials.Add(row);
        }
        row.ProtectedToken = _protector.Protect(json);
        row.Scopes = value is Google.Apis.Auth.OAuth2.Responses.TokenResponse token ? token.Scope ?? row.Scopes : row.Scopes;
        row.UpdatedAt = now;
        row.NeedsReconnect = false;
        row.LastError = null;
        await db.SaveChangesAsync();
    }

    public async Task DeleteAsync<T>(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.YouTubeCredentials.Where(c => c.Key == key).ExecuteDeleteAsync();
    }

    public async Task<T> GetAsync<T>(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.YouTubeCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key);
        if (row is null || string.IsNullOrEmpty(row.ProtectedToken)) return default!;
        try
        {
            return NewtonsoftJsonSerializer.Instance.Deserialize<T>(_protector.Unprotect(row.ProtectedToken));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Keys were lost or rotated away: the channel must be connected again.
            return default!;
        }
    }

    public async Task ClearAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.YouTubeCredentials.ExecuteDeleteAsync();
    }
}
