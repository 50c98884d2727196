using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using YouTubeStudio.Core.Data;

namespace Microsoft.Extensions.DependencyInjection;

public static class HealthExtensions
{
    public static IServiceCollection AddStudioHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck("ffmpeg", new ExecutableHealthCheck("ffmpeg"), tags: ["ready"])
            .AddCheck("espeak-ng", new ExecutableHealthCheck("espeak-ng"), tags: ["ready"]);
        return services;
    }

    public static WebApplication MapStudioHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        return app;
    }
}
