using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Requests;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.YouTube.Api;

namespace YouTubeStudio.Core.YouTube;

/// <summary><see cref="IYouTubeOAuthService"/> on Google's <see cref="GoogleAuthorizationCodeFlow"/>.</summary>
public sealed class YouTubeOAuthService(IOptions<YouTubeOptions> options, IYouTubeTokenStore store, TimeProvider timeProvider)
    : IYouTubeOAuthService, IDisposable
{
    private readonly Lazy<GoogleAuthorizationCodeFlow> _flow = new(
        () => new GoogleAuthorizationCodeFlow(new YouTubeFlowInitializer(options.Value, store, timeProvider)));

    private GoogleAuthorizationCodeFlow Flow => _flow.Value;

    public Uri BuildAuthorizationUri(string redirectUri, string state)
    {
        ArgumentException.ThrowIfNullOrEmpty(redirectUri);
        ArgumentException.ThrowIfNullOrEmpty(state);
        var request = (GoogleAuthorizationCodeRequestUrl)Flow.CreateAuthorizationCodeRequest(redirectUri);
        request.State = state;
        request.AccessType = "offline";
        return request.Build();
    }

    public async Task<YouTubeConnection> ExchangeCodeAsync(string channelKey, string code, string redirectUri, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelKey);
        ArgumentException.ThrowIfNullOrEmpty(code);
        try
        {
            var token = await Flow.ExchangeCodeForTokenAsync(channelKey, code, redirectUri, cancellationToken);
            if (token.RefreshToken is null)
            {
                // Without it the channel stops working within the hour; Google only sends one for access_type=offline.
                throw new YouTubeAuthException(
                    $"Google granted {channelKey} no refresh token (the consent lacked access_type=offline); connect it again.",
                    needsReconnect: true, "no_refresh_token");
            }

            return ToConnection(channelKey, token);
        }
        catch (TokenResponseException e)
        {
            throw AuthFailure("Google refused the authorization code", e);
        }
    }

    public async Task<YouTubeConnection> RefreshAsync(string channelKey, CancellationToken cancellationToken)
    {
        var credential = await GetCredentialAsync(channelKey, cancellationToken);
        try
        {
            if (!await credential.RefreshTokenAsync(cancellationToken))
            {
                throw new YouTubeAuthException($"Google did not refresh the token of {channelKey}.", needsReconnect: true);
            }
        }
        catch (TokenResponseException e)
        {
            throw AuthFailure($"Google refused to refresh the token of {channelKey}", e);
        }

        return ToConnection(channelKey, credential.Token);
    }

    public async Task RevokeAsync(string channelKey, CancellationToken cancellationToken)
    {
        var token = await Flow.LoadTokenAsync(channelKey, cancellationToken);
        if (token is null)
        {
            return;
        }

        try
        {
            // Revoking the refresh token ends the whole grant, access tokens included.
            await Flow.RevokeTokenAsync(channelKey, token.RefreshToken ?? token.AccessToken, cancellationToken);
        }
        catch (TokenResponseException e) when (e.Error?.Error == "invalid_token")
        {
            // Already revoked at Google (e.g. from the user's account page): forgetting it is all that is left.
        }
        catch (TokenResponseException e)
        {
            throw AuthFailure($"Google refused to revoke the token of {channelKey}", e);
        }

        await store.DeleteAsync<TokenResponse>(channelKey);
    }

    public async Task<YouTubeConnection?> GetConnectionAsync(string channelKey, CancellationToken cancellationToken)
    {
        var token = await Flow.LoadTokenAsync(channelKey, cancellationToken);
        return token is null ? null : ToConnection(channelKey, token);
    }

    public async Task<UserCredential> GetCredentialAsync(string channelKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelKey);
        var token = await Flow.LoadTokenAsync(channelKey, cancellationToken);
        if (token?.RefreshToken is null)
        {
            throw new YouTubeAuthException($"Channel {channelKey} is not connected to YouTube.", needsReconnect: true);
        }

        return new UserCredential(Flow, channelKey, token);
    }

    public void Dispose()
    {
        if (_flow.IsValueCreated)
        {
            _flow.Value.Dispose();
        }
    }

    internal static YouTubeAuthException AuthFailure(string what, TokenResponseException e)
    {
        var error = e.Error?.Error;
        var description = e.Error?.ErrorDescription;
        // A 5xx from the token endpoint says nothing about the grant; anything else means the user must consent again.
        var serverError = (int?)e.StatusCode >= 500;
        return new YouTubeAuthException(
            $"{what}: {error}{(description is null ? "" : " (" + description + ")")}.", needsReconnect: !serverError, error, e);
    }

    private static YouTubeConnection ToConnection(string channelKey, TokenResponse token) => YouTubeConnection.FromToken(channelKey, token);
}
