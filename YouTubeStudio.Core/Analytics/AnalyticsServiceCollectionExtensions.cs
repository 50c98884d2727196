using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Events;

namespace Microsoft.Extensions.DependencyInjection;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>Analytics: the idempotent store, CSV import, the demo channel and dashboard queries.</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsImportOptions>().BindConfiguration(AnalyticsImportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        // Shared with generation; whichever registers first wins.
        services.TryAddSingleton<IEventBroadcaster, EventBroadcaster>();
        services.TryAddSingleton<ICostService, CostService>();
        services.TryAddSingleton<IAnalyticsStore, AnalyticsStore>();
        services.TryAddSingleton<IAnalyticsImporter, AnalyticsImporter>();
        services.TryAddSingleton<IDemoDataService, DemoDataService>();
        services.TryAddSingleton<IAnalyticsService, AnalyticsService>();
        services.AddHostedService<DemoDataStartup>();
        return services;
    }
}
