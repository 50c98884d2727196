using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Costs;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChannelsServiceCollectionExtensions
{
    public static IServiceCollection AddChannels(this IServiceCollection services)
    {
        services.AddOptions<CostOptions>().BindConfiguration(CostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddAudit();
        services.AddSingleton<IChannelService, ChannelService>();
        return services;
    }
}
