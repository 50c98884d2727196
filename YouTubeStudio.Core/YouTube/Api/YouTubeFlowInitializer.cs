using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>
/// Google's flow initializer with the endpoints from <see cref="YouTubeOptions"/>: the constructor taking the three
/// URLs is protected, which is why this subclass exists (tests point the flow at a fake server).
/// </summary>
internal sealed class YouTubeFlowInitializer : GoogleAuthorizationCodeFlow.Initializer
{
    public YouTubeFlowInitializer(YouTubeOptions options, IYouTubeTokenStore store, TimeProvider timeProvider)
        : base(options.AuthUri, options.TokenUri, options.RevokeUri)
    {
        ClientSecrets = new ClientSecrets { ClientId = options.ClientId, ClientSecret = options.ClientSecret };
        Scopes = YouTubeScopes.All;
        DataStore = new KeepOnFailureTokenStore(store);
        Prompt = "consent";
        IncludeGrantedScopes = true;
        Clock = new TimeProviderClock(timeProvider);
    }
}
