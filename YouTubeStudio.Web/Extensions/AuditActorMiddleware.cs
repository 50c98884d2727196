using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using YouTubeStudio.Core.Audit;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Makes the signed-in user the audit actor of each HTTP request and each Blazor circuit activity.</summary>
public static class AuditActorExtensions
{
    public static IServiceCollection AddAuditActors(this IServiceCollection services)
    {
        services.AddScoped<CircuitHandler, AuditCircuitHandler>();
        return services;
    }

    public static WebApplication UseAuditActors(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            using (AuditActor.Use(ActorOf(context.User, context.Connection.RemoteIpAddress?.ToString())))
            {
                await next(context);
            }
        });
        return app;
    }

    internal static AuditActor ActorOf(ClaimsPrincipal user, string? ip) =>
        user.Identity?.IsAuthenticated == true
            ? new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name, ip)
            : new AuditActor(null, null, ip);

    /// <summary>Blazor runs component events outside any HTTP request: each inbound activity gets the circuit's user.</summary>
    private sealed class AuditCircuitHandler(AuthenticationStateProvider auth, IHttpContextAccessor http) : CircuitHandler
    {
        private readonly string? _ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString();

        public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
            async context =>
            {
                var state = await auth.GetAuthenticationStateAsync();
                using (AuditActor.Use(ActorOf(state.User, _ip)))
                {
                    await next(context);
                }
            };
    }
}
