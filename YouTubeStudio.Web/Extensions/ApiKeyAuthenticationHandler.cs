using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Audit;
using YouTubeStudio.Core.Identity;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Authenticates <c>X-Api-Key: yts_...</c> as the key's owner, with the owner's current roles.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyService keys,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
            return AuthenticateResult.NoResult();
        var ownerId = await keys.FindOwnerAsync(values[0]!, Context.RequestAborted);
        if (ownerId is null || await users.FindByIdAsync(ownerId) is not { } user || await users.IsLockedOutAsync(user))
            return AuthenticateResult.Fail("The API key is invalid or revoked.");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
