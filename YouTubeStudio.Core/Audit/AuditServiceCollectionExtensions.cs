using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.Audit;

namespace Microsoft.Extensions.DependencyInjection;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        // Idempotent: every feature that records audit events adds it.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditLog, AuditLog>();
        services.TryAddSingleton<IApiKeyService, ApiKeyService>();
        return services;
    }
}
