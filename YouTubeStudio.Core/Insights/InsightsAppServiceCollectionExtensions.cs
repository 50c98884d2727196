using YouTubeStudio.Core.Insights;

namespace Microsoft.Extensions.DependencyInjection;

public static class InsightsAppServiceCollectionExtensions
{
    /// <summary>The insights the app serves from its database (forecasts, scores, model versions). Needs <c>AddInsights()</c> and the database.</summary>
    public static IServiceCollection AddInsightsApp(this IServiceCollection services)
    {
        services.AddSingleton<IInsightsService, InsightsService>();
        return services;
    }
}
