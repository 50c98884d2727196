using YouTubeStudio.Core.Backup;
using YouTubeStudio.Core.Storage;

namespace Microsoft.Extensions.DependencyInjection;

public static class BackupStartupExtensions
{
    /// <summary><c>--restore &lt;archive&gt;</c>: validates and stages the archive, then the process ends with the returned exit code. Null otherwise.</summary>
    public static int? RunBackupCommandLine(this WebApplicationBuilder builder, string[] args) =>
        BackupRestorer.RunCommandLine(args, builder.Configuration, Console.Out);

    /// <summary>Applies a staged restore before anything opens the databases, keys or media (the host is not built yet).</summary>
    public static WebApplicationBuilder ApplyPendingRestore(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (!BackupRestorer.IsPending(storage.FullRoot)) return builder;
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole());
        BackupRestorer.ApplyPendingRestore(storage.FullRoot, loggerFactory.CreateLogger(typeof(BackupRestorer)));
        return builder;
    }
}
