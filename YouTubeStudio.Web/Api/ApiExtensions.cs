using System.Text.Json;
using System.Text.Json.Serialization;
using YouTubeStudio.Web.Api;
using YouTubeStudio.Web.Api.V1;

namespace Microsoft.Extensions.DependencyInjection;

public static class ApiExtensions
{
    public static IServiceCollection AddStudioApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = null;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddOpenApi("v1");
        services.AddApiRateLimit();
        return services;
    }

    public static WebApplication MapStudioApi(this WebApplication app)
    {
        // Served in every environment: scripts and n8n read it.
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapYouTubeOAuthEndpoints();
        var api = app.MapGroup("/api/v1").DisableAntiforgery().RequireRateLimiting(ApiRateLimitExtensions.ApiRateLimitPolicy);
        api.MapAuthEndpoints();
        api.MapAccountEndpoints();
        api.MapChannelsEndpoints();
        api.MapVideosEndpoints();
        api.MapYouTubeEndpoints();
        api.MapAnalyticsEndpoints();
        api.MapInsightsEndpoints();
        api.MapBackupEndpoints();
        api.MapNotificationsEndpoints();
        return app;
    }
}
