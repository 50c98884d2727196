using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Ready only when a program the pipeline needs (ffmpeg, espeak-ng) is on the PATH.</summary>
internal sealed class ExecutableHealthCheck(string program) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
        return Task.FromResult(found is not null
            ? HealthCheckResult.Healthy(found)
            : HealthCheckResult.Unhealthy($"{program} is not on the PATH: install it (apt-get install {program}) to render videos."));
    }
}
