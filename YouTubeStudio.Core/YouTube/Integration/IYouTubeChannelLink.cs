using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Common;

namespace YouTubeStudio.Core.YouTube.Integration;

/// <summary>Links channels to YouTube accounts: connect (after the OAuth redirect), status, disconnect.</summary>
public interface IYouTubeChannelLink
{
    /// <summary>Whether the app has a Google OAuth client configured (YouTube:ClientId).</summary>
    bool IsConfigured { get; }

    Task<YouTubeLinkStatus> GetStatusAsync(long channelId, CancellationToken cancellationToken = default);

    /// <summary>The connection of every channel that has one.</summary>
    Task<IReadOnlyDictionary<long, YouTubeLinkStatus>> GetStatusesAsync(CancellationToken cancellationToken = default);

    /// <summary>Exchanges the code, reads the account's channel with channels.list mine=true and links it.</summary>
    Task<Result<Channel>> CompleteConnectAsync(long channelId, string code, string redirectUri, CancellationToken cancellationToken = default);

    /// <summary>Revokes the tokens at Google (best effort) and deletes them.</summary>
    Task<Result<bool>> DisconnectAsync(long channelId, CancellationToken cancellationToken = default);

    /// <summary>Marks a channel as needing a new consent (its refresh token was refused).</summary>
    Task MarkNeedsReconnectAsync(long channelId, string reason, CancellationToken cancellationToken = default);
}
