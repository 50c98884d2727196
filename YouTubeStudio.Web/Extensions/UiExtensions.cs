using MudBlazor.Services;
using YouTubeStudio.Web.Components;

namespace Microsoft.Extensions.DependencyInjection;

public static class UiExtensions
{
    public static IServiceCollection AddStudioUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }

    /// <summary>Middleware in order: errors, security, auth, rate limits, antiforgery.</summary>
    public static WebApplication UseStudioPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseWhen(c => IsMachinePath(c.Request.Path), branch => branch.UseStatusCodePages());
        app.UseWhen(c => !IsMachinePath(c.Request.Path), branch => branch
            .UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true)
            .Use(KeepAuthorizationAnswersAsync));
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuditActors();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapStudioUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        return app;
    }

    /// <summary>
    /// A 401 or 403 (a token or API-key caller on a page, a JSON caller of <c>/youtube</c>) is the answer, not a missing
    /// page: the not-found page must not replace it, nor turn a refused POST into that page's antiforgery 400.
    /// Cookie sessions are redirected to the login or access-denied page before this sees a status.
    /// </summary>
    private static async Task KeepAuthorizationAnswersAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (context.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
            && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
    }

    private static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/metrics");
}
