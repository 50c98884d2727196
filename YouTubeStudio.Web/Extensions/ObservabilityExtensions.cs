using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Observability;
using YouTubeStudio.Core.Videos;

namespace Microsoft.Extensions.DependencyInjection;

public static class ObservabilityExtensions
{
    private static readonly TimeSpan DepthCacheFor = TimeSpan.FromSeconds(5);

    /// <summary>OpenTelemetry metrics (HTTP server, runtime of the app's own meter) with the Prometheus exporter.</summary>
    public static IServiceCollection AddStudioObservability(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(StudioMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    /// <summary><c>/metrics</c> for Prometheus (anonymous: meant for the internal network, DESIGN.md §10).</summary>
    public static WebApplication MapStudioObservability(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<StudioMetrics>();
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        IReadOnlyDictionary<string, int> cached = new Dictionary<string, int>();
        var cachedAt = DateTimeOffset.MinValue;
        var gate = new Lock();
        metrics.QueueDepthProvider = () =>
        {
            lock (gate)
            {
                if (DateTimeOffset.UtcNow - cachedAt < DepthCacheFor) return cached;
                try
                {
                    using var db = dbFactory.CreateDbContext();
                    var counts = db.GenerationTasks.AsNoTracking().GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToList();
                    cached = Enum.GetValues<VideoStatus>().ToDictionary(s => s.ToWire(), s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
                    cachedAt = DateTimeOffset.UtcNow;
                }
                catch (Exception)
                {
                    // A scrape during a database outage reports the last known depth.
                }
                return cached;
            }
        };
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        return app;
    }
}
