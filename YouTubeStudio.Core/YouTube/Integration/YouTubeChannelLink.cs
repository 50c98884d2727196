using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.YouTube.Storage;

namespace YouTubeStudio.Core.YouTube.Integration;

internal sealed partial class YouTubeChannelLink(
    IDbContextFactory<AppDbContext> dbFactory,
    IYouTubeOAuthService oauth,
    IYouTubeClientFactory clients,
    IOptions<YouTubeOptions> options,
    TimeProvider time,
    ILogger<YouTubeChannelLink> logger) : IYouTubeChannelLink
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.ClientId);

    public async Task<YouTubeLinkStatus> GetStatusAsync(long channelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var credential = await db.YouTubeCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.ChannelId == channelId, cancellationToken);
        if (credential is null) return new YouTubeLinkStatus(YouTubeLinkState.NotConnected, [], null, null);
        return ToStatus(credential);
    }

    public async Task<IReadOnlyDictionary<long, YouTubeLinkStatus>> GetStatusesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.YouTubeCredentials.AsNoTracking().ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ChannelId, ToStatus);
    }

    private static YouTubeLinkStatus ToStatus(YouTubeCredential credential)
    {
        var scopes = credential.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return credential.NeedsReconnect
            ? new YouTubeLinkStatus(YouTubeLinkState.NeedsReconnect, scopes, credential.ConnectedAt, credential.LastError ?? "Google refused the saved token; connect the channel again.")
            : new YouTubeLinkStatus(YouTubeLinkState.Connected, scopes, credential.ConnectedAt, null);
    }

    public async Task<Result<Channel>> CompleteConnectAsync(long channelId, string code, string redirectUri, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.FirstOrDefaultAsync(c => c.Id == channelId, cancellationToken);
        if (channel is null) return Result<Channel>.NotFound($"Channel {channelId} does not exist.");
        var key = ChannelKeys.For(channelId);
        YouTubeChannelInfo info;
        try
        {
            await oauth.ExchangeCodeAsync(key, code, redirectUri, cancellationToken);
            using var client = await clients.CreateAsync(key, cancellationToken);
            info = await client.GetMyChannelAsync(cancellationToken);
        }
        catch (YouTubeException ex)
        {
            LogConnectFailed(ex, channelId);
            return Result<Channel>.Invalid("code", $"Google did not accept the connection: {ex.Message}");
        }

        var other = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.YouTubeChannelId == info.Id && c.Id != channelId, cancellationToken);
        if (other is not null)
        {
            await oauth.RevokeAsync(key, CancellationToken.None);
            return Result<Channel>.Conflict($"The YouTube channel '{info.Title}' is already linked to '{other.Name}'.");
        }
        channel.YouTubeChannelId = info.Id;
        channel.YouTubeTitle = info.Title;
        channel.YouTubeHandle = info.Handle is { Length: > 0 } h ? (h.StartsWith('@') ? h : "@" + h) : channel.YouTubeHandle;
        channel.YouTubeThumbnailUrl = info.ThumbnailUrl;
        channel.SubscriberCount = info.SubscriberCount;
        channel.YouTubeViewCount = info.ViewCount;
        channel.YouTubeVideoCount = info.VideoCount;
        channel.UploadsPlaylistId = info.UploadsPlaylistId;
        channel.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        LogConnected(channelId, info.Id);
        return Result<Channel>.Ok(channel);
    }

    public async Task<Result<bool>> DisconnectAsync(long channelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.FirstOrDefaultAsync(c => c.Id == channelId, cancellationToken);
        if (channel is null) return Result<bool>.NotFound($"Channel {channelId} does not exist.");
        try
        {
            await oauth.RevokeAsync(ChannelKeys.For(channelId), cancellationToken);
        }
        catch (Exception ex) when (ex is YouTubeException or HttpRequestException)
        {
            // Revocation is best effort: the tokens are deleted here either way.
            LogRevokeFailed(ex, channelId);
        }
        await db.YouTubeCredentials.Where(c => c.ChannelId == channelId).ExecuteDeleteAsync(cancellationToken);
        channel.YouTubeChannelId = null;
        channel.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result<bool>.Ok(true);
    }

    public async Task MarkNeedsReconnectAsync(long channelId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.YouTubeCredentials.Where(c => c.ChannelId == channelId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.NeedsReconnect, true)
            .SetProperty(c => c.LastError, reason.Length > 1900 ? reason[..1900] : reason), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel {ChannelId} linked to YouTube channel {YouTubeChannelId}")]
    private partial void LogConnected(long channelId, string youTubeChannelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connecting channel {ChannelId} failed")]
    private partial void LogConnectFailed(Exception ex, long channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revoking the tokens of channel {ChannelId} failed")]
    private partial void LogRevokeFailed(Exception ex, long channelId);
}
