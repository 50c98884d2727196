namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Security headers on every response. The CSP allows what Blazor Server and MudBlazor need: scripts
/// from this origin, inline styles (MudBlazor sets style attributes), the circuit's WebSocket, and
/// images from YouTube's CDN for channel avatars. Set in OnStarting because the exception handler
/// clears headers.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://*.ggpht.com https://*.googleusercontent.com https://i.ytimg.com; " +
        "media-src 'self' blob:; font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self' https://accounts.google.com; object-src 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["X-Frame-Options"] = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (!context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/openapi"))
                    headers["Content-Security-Policy"] = ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
