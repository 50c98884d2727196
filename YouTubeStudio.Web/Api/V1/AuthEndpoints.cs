using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Web.Api.V1;

public static class AuthEndpoints
{
    public sealed record RegisterRequest(string? Email, string? Password, string? InviteToken);
    public sealed record LoginRequest(string? Email, string? Password);
    public sealed record RefreshRequest(string? RefreshToken);
    public sealed record MeResponse(string Id, string Email, IReadOnlyList<string> Roles);

    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/register", RegisterAsync).AllowAnonymous().RequireRateLimiting(IdentityExtensions.AuthRateLimitPolicy)
            .WithName("Register").WithSummary("Creates an account; the first one becomes Admin.");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(IdentityExtensions.AuthRateLimitPolicy)
            .WithName("Login").WithSummary("Exchanges e-mail and password for bearer access and refresh tokens.");
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous().RequireRateLimiting(IdentityExtensions.AuthRateLimitPolicy)
            .WithName("Refresh").WithSummary("Exchanges a refresh token for new tokens.");
        auth.MapGet("/me", MeAsync).RequireAuthorization(Policies.CanRead)
            .WithName("Me").WithSummary("The signed-in user and roles.");
        return api;
    }

    private static async Task<Results<Created<MeResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterRequest request, IAccountService accounts, CancellationToken ct)
    {
        var result = await accounts.RegisterAsync(request.Email, request.Password, request.InviteToken, ct);
        return result.Outcome switch
        {
            RegisterOutcome.Created => TypedResults.Created("/api/v1/auth/me", new MeResponse(result.User!.Id, result.User.Email, result.User.Roles)),
            RegisterOutcome.Invalid => TypedResults.ValidationProblem(result.Errors, detail: result.Message),
            RegisterOutcome.Taken => TypedResults.Problem(statusCode: 409, title: "E-mail taken", detail: result.Message),
            _ => TypedResults.Problem(statusCode: 403, title: "Registration closed", detail: result.Message),
        };
    }

    private static async Task<Results<EmptyHttpResult, SignInHttpResult, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, YouTubeStudio.Core.Audit.IAuditLog audit)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["E-mail is required."];
            if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Password is required."];
            return TypedResults.ValidationProblem(errors);
        }

        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            await audit.RecordAsync("login.failed", request.Email.Trim(), "api: unknown account");
            return BadCredentials();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            await audit.RecordAsync("login.locked", $"user:{user.Id}", user.Email);
            var until = await users.GetLockoutEndDateAsync(user);
            return TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "Account locked",
                detail: $"Too many failed sign-ins. The account is locked until {until?.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC.",
                extensions: new Dictionary<string, object?> { ["locked_until"] = until });
        }
        if (!check.Succeeded)
        {
            await audit.RecordAsync("login.failed", $"user:{user.Id}", $"api: wrong password for {user.Email}");
            return BadCredentials();
        }
        await audit.RecordAsync("login", $"user:{user.Id}", $"api: {user.Email}");

        var principal = await signIn.CreateUserPrincipalAsync(user);
        // The bearer handler writes {token_type, access_token, expires_in, refresh_token}.
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<ApplicationUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider time)
    {
        if (string.IsNullOrEmpty(request.RefreshToken)) return InvalidRefresh();
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires) return InvalidRefresh();
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user) return InvalidRefresh();
        if (await signIn.UserManager.IsLockedOutAsync(user)) return InvalidRefresh();
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> MeAsync(ClaimsPrincipal principal, IAccountService accounts, CancellationToken ct)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || await accounts.FindAsync(id, ct) is not { } user) return TypedResults.Unauthorized();
        return TypedResults.Ok(new MeResponse(user.Id, user.Email, user.Roles));
    }

    private static ProblemHttpResult BadCredentials() =>
        TypedResults.Problem(statusCode: 401, title: "Sign-in failed", detail: "The e-mail or password is wrong.");

    private static ProblemHttpResult InvalidRefresh() =>
        TypedResults.Problem(statusCode: 401, title: "Invalid refresh token", detail: "The refresh token is invalid or expired. Sign in again.");
}
