using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation.Queue;

namespace YouTubeStudio.Web.Jobs;

/// <summary>
/// At start-up and every half minute, queues again the work that lost its worker or trigger.
/// On SQLite only one instance can run, so every earlier claim belongs to a dead process.
/// </summary>
public sealed partial class GenerationRecoveryService(
    GenerationRecovery recovery,
    IOptions<DatabaseOptions> database,
    ILogger<GenerationRecoveryService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var singleInstance = database.Value.Provider == DatabaseProvider.Sqlite;
        var first = true;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var recovered = await recovery.RecoverAsync(singleInstance && first, stoppingToken);
                if (recovered > 0) LogRecovered(recovered);
                first = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovered {Count} generation tasks")]
    private partial void LogRecovered(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Generation recovery failed")]
    private partial void LogFailed(Exception ex);
}
