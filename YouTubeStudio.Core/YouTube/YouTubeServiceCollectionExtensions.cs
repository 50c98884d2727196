using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.YouTube;

namespace Microsoft.Extensions.DependencyInjection;

public static class YouTubeServiceCollectionExtensions
{
    /// <summary>
    /// The YouTube layer: <see cref="YouTubeOptions"/> (section <c>YouTube</c>, validated at start), the OAuth service,
    /// the client factory and the quota. The in-memory token store and quota ledger are defaults only: register the
    /// database-backed <see cref="IYouTubeTokenStore"/> and <see cref="IQuotaLedger"/> before or after this call.
    /// </summary>
    public static IServiceCollection AddYouTube(this IServiceCollection services)
    {
        services.AddOptions<YouTubeOptions>()
            .BindConfiguration(YouTubeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IYouTubeTokenStore, InMemoryYouTubeTokenStore>();
        services.TryAddSingleton<IQuotaLedger, InMemoryQuotaLedger>();
        services.TryAddSingleton<YouTubeQuota>();
        services.TryAddSingleton<IYouTubeOAuthService, YouTubeOAuthService>();
        services.TryAddSingleton<IYouTubeClientFactory, YouTubeClientFactory>();
        return services;
    }
}
