using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace YouTubeStudio.Core.Analytics;

/// <summary>
/// Loads the demo channel at start-up when <c>Analytics:Demo:LoadOnStart</c> is set. Registered after the
/// database migrator, whose StartAsync finishes the migrations before this one runs.
/// </summary>
internal sealed partial class DemoDataStartup(IDemoDataService demo, IOptions<DemoOptions> options, ILogger<DemoDataStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnStart) return;
        var result = await demo.LoadDemoChannelAsync(cancellationToken);
        LogLoaded(result.ChannelName, result.ChannelDays, result.Videos);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo channel {Name} loaded: {Days} days, {Videos} videos")]
    private partial void LogLoaded(string name, int days, int videos);
}
