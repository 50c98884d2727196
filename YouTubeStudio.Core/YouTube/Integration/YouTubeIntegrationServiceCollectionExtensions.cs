using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Core.YouTube.Integration;
using YouTubeStudio.Core.YouTube.Publishing;
using YouTubeStudio.Core.YouTube.Storage;

namespace Microsoft.Extensions.DependencyInjection;

public static class YouTubeIntegrationServiceCollectionExtensions
{
    /// <summary>The YouTube client with the app's stores (tokens encrypted in the database, the quota ledger), channel linking and publishing.</summary>
    public static IServiceCollection AddYouTubeIntegration(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IYouTubeTokenStore, DbYouTubeTokenStore>());
        services.Replace(ServiceDescriptor.Singleton<IQuotaLedger, DbQuotaLedger>());
        services.TryAddSingleton<IYouTubeTokenStore, DbYouTubeTokenStore>();
        services.TryAddSingleton<IQuotaLedger, DbQuotaLedger>();
        services.AddYouTube();
        services.AddAudit();
        services.AddSingleton<IYouTubeChannelLink, YouTubeChannelLink>();
        services.AddSingleton<IPublishService, PublishService>();
        services.AddSingleton<ITaskHandler, PublishTaskHandler>();
        services.AddSingleton<IAutoPublishService, AutoPublishService>();
        services.AddOptions<YouTubeStudio.Core.Analytics.AnalyticsPullOptions>()
            .BindConfiguration(YouTubeStudio.Core.Analytics.AnalyticsPullOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IYouTubeAnalyticsPuller, YouTubeAnalyticsPuller>();
        return services;
    }
}
