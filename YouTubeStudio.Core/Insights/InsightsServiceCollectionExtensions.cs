using YouTubeStudio.Core.Insights;

namespace Microsoft.Extensions.DependencyInjection;

public static class InsightsServiceCollectionExtensions
{
    /// <summary>The trend forecaster and the content scorer. Both are stateless (models are passed in), so singletons.</summary>
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ITrendForecaster, TrendForecaster>();
        services.AddSingleton<IContentScorer, ContentScorer>();
        return services;
    }
}
