using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeStudio.Bench.Bench;

/// <summary>Counts the app's open circuits, so the bench knows every page it opened really holds one.</summary>
internal sealed class CircuitCounter
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<CircuitCounter>();
        services.AddScoped<CircuitHandler>(sp => new Handler(sp.GetRequiredService<CircuitCounter>()));
    }

    private sealed class Handler(CircuitCounter counter) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref counter._open);
            return Task.CompletedTask;
        }
    }
}
