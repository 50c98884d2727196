using Microsoft.Extensions.Options;

namespace YouTubeStudio.Core.YouTube;

public sealed class YouTubeClientFactory(IYouTubeOAuthService oauth, YouTubeQuota quota, IOptions<YouTubeOptions> options) : IYouTubeClientFactory
{
    public async Task<IYouTubeClient> CreateAsync(string channelKey, CancellationToken cancellationToken)
    {
        var credential = await oauth.GetCredentialAsync(channelKey, cancellationToken);
        return new YouTubeClient(credential, quota, options.Value);
    }
}
