using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace YouTubeStudio.Core.Notifications;

/// <summary>
/// Sends deliveries whose retry is due. Deliveries are rows, so a retry planned before a restart is sent after it;
/// the lease in <see cref="WebhookService"/> keeps two instances from sending the same one.
/// </summary>
internal sealed partial class WebhookRetryLoop(IWebhookService webhooks, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookRetryLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetryScanInterval, time);
        do
        {
            try
            {
                await webhooks.DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogScanFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false) is true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for due webhook deliveries failed")]
    private partial void LogScanFailed(Exception ex);
}
