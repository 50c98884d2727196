extern alias web;

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using YouTubeStudio.Core.Generation.Pipeline;

namespace YouTubeStudio.Bench.Bench;

/// <summary>
/// The real app (its own Program) on Kestrel at 127.0.0.1 with a throwaway data folder on SQLite; with
/// <paramref name="noOpPipeline"/> its stages are replaced by <see cref="NoOpStage"/>s.
/// </summary>
internal sealed class BenchApp(bool noOpPipeline, int? concurrency, Action<IServiceCollection>? services = null) : WebApplicationFactory<web::Program>
{
    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), $"ytstudio-bench-{Guid.NewGuid():N}");

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(StorageRoot);
        builder.UseEnvironment("Production");
        // Production serves static files from a published wwwroot; the bench runs from the build output, so it
        // maps them from the build's manifest as Development would (Blazor's script, MudBlazor's assets).
        builder.UseStaticWebAssets();
        builder.UseSetting("Storage:Root", StorageRoot);
        builder.UseSetting("Database:Provider", "Sqlite");
        // The figures are the server's, not the rate limiter's: one bench user sends thousands of requests.
        builder.UseSetting("RateLimiting:Api:Burst", "1000000");
        builder.UseSetting("RateLimiting:Api:PermitPerSecond", "1000000");
        builder.UseSetting("RateLimiting:Auth:PermitPerMinute", "100000");
        builder.UseSetting("Analytics:Demo:LoadOnStart", "false");
        if (concurrency is { } c) builder.UseSetting("Generation:Concurrency", c.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Errors only: the figures are the output.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole().AddFilter<ConsoleLoggerProvider>(null, LogLevel.Error));
        builder.ConfigureTestServices(collection =>
        {
            if (noOpPipeline)
            {
                collection.RemoveAll<IGenerationStage>();
                foreach (var (name, status) in NoOpStage.Pipeline) collection.AddSingleton<IGenerationStage>(new NoOpStage(name, status));
            }
            services?.Invoke(collection);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(StorageRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
