using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.Backup;

namespace Microsoft.Extensions.DependencyInjection;

public static class BackupServiceCollectionExtensions
{
    /// <summary>Backups and staged restores (Settings → Backup, <c>/api/v1/backups</c>).</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddAudit();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IBackupService, BackupService>();
        return services;
    }
}
