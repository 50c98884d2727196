using YouTubeStudio.Core.Identity;

namespace Microsoft.Extensions.DependencyInjection;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>Registration policy, user administration and invites (Identity itself is wired by the host).</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<IdentitySettings>().BindConfiguration(IdentitySettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddAudit();
        services.AddSingleton<IAccountService, AccountService>();
        return services;
    }
}
