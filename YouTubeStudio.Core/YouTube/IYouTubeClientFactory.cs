namespace YouTubeStudio.Core.YouTube;

/// <summary>Creates <see cref="IYouTubeClient"/>s signed with a channel's stored credential.</summary>
public interface IYouTubeClientFactory
{
    /// <exception cref="YouTubeAuthException">The channel is not connected (<c>NeedsReconnect</c>).</exception>
    Task<IYouTubeClient> CreateAsync(string channelKey, CancellationToken cancellationToken);
}
