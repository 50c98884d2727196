using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The <c>/api/v1</c> rate limit: a token bucket per caller (the signed-in user, whether by bearer token,
/// cookie or API key; the client address otherwise). Scripts get a burst and a steady rate; a runaway loop
/// gets 429 with Retry-After instead of taking the server. The auth endpoints keep their stricter
/// per-address policy (<see cref="IdentityExtensions.AuthRateLimitPolicy"/>), which overrides this one.
/// </summary>
public static class ApiRateLimitExtensions
{
    public const string ApiRateLimitPolicy = "api";

    public static IServiceCollection AddApiRateLimit(this IServiceCollection services)
    {
        services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.SectionName);
        services.AddOptions<RateLimiterOptions>().Configure(options => options.AddPolicy(ApiRateLimitPolicy, context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
            var caller = context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
                ? $"user:{user}"
                : $"address:{context.Connection.RemoteIpAddress}";
            return RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, limits.Burst),
                TokensPerPeriod = Math.Max(1, limits.PermitPerSecond),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }));
        return services;
    }
}

/// <summary><c>RateLimiting:Api</c>: requests per caller to <c>/api/v1</c>.</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "RateLimiting:Api";

    /// <summary>Steady rate, refilled every second.</summary>
    public int PermitPerSecond { get; set; } = 20;

    /// <summary>Requests allowed at once after a quiet spell.</summary>
    public int Burst { get; set; } = 200;
}
