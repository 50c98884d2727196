using Microsoft.AspNetCore.Authorization;
using YouTubeStudio.Core.Identity;

namespace Microsoft.Extensions.DependencyInjection;

public static class PolicyExtensions
{
    /// <summary>The role policies of every page and endpoint; component tests evaluate these same policies.</summary>
    public static AuthorizationBuilder AddStudioPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.CanRead, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.CanEdit, p => p.RequireRole(Roles.Admin, Roles.Manager))
            .AddPolicy(Policies.AdminOnly, p => p.RequireRole(Roles.Admin));
}
