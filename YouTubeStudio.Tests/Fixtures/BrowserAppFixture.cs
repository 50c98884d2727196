using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>
/// The real app as a child process (<c>dotnet YouTubeStudio.Web.dll</c>, Development, SQLite in a temporary
/// storage folder) on 127.0.0.1 and a free port, plus headless Debian Chromium driven by Playwright.
/// Shared by the "Browser" collection; the process tree and the folder go at dispose.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly ConcurrentQueue<string> _log = new();
    private Process? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), $"ytstudio-browser-{Guid.NewGuid():N}");
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where failure screenshots go: TestResults/screenshots under the repository root.</summary>
    public string ScreenshotFolder { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Chromium at {ChromiumPath}. ./test.sh installs it (apt-get install -y chromium); " +
                "on another machine install Debian's chromium package.");
        }

        var root = FindRepoRoot();
        ScreenshotFolder = Path.Combine(root, "TestResults", "screenshots");
        var configuration = BuildConfiguration();
        var webProject = Path.Combine(root, "YouTubeStudio.Web");
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "YouTubeStudio.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The app is not built: {dll} is missing (build the solution in {configuration} first).");
        }

        Directory.CreateDirectory(StorageRoot);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        StartApp(dll, webProject);
        await WaitForLiveAsync();

        if (Environment.GetEnvironmentVariable("PLAYWRIGHT_NODEJS_PATH") is null
            && !File.Exists(Path.Combine(AppContext.BaseDirectory, ".playwright", "node", "linux-x64", "node"))
            && File.Exists("/usr/bin/node"))
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    // What the ordered journey steps hand on to later ones.
    public string? AdminEmail { get; set; }
    public string? AdminStorageState { get; set; }
    public string? ChannelName { get; set; }
    public long? VideoId { get; set; }

    /// <summary>A fresh browser context (own cookies, or those of <paramref name="storageState"/>) and page on the app.</summary>
    public async Task<IPage> NewPageAsync(string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            StorageState = storageState,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-US",
        });
        // Generous: the machine is shared, and the first render of each page JIT-compiles it.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>The app's last <paramref name="count"/> output lines, for failure messages.</summary>
    public string RecentLog(int count = 60) => string.Join(Environment.NewLine, _log.TakeLast(count));

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }
        _app?.Dispose();
        try
        {
            Directory.Delete(StorageRoot, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying child process; the temp folder is cleaned by the OS eventually.
        }
    }

    private void StartApp(string dll, string webProject)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseUrl);
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(webProject);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["Storage__Root"] = StorageRoot;
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Generation__Concurrency"] = "2";
        info.Environment["Analytics__Demo__LoadOnStart"] = "false";
        info.Environment["RateLimiting__Auth__PermitPerMinute"] = "1000";
        info.Environment["Logging__Console__FormatterName"] = "simple";

        _app = new Process { StartInfo = info, EnableRaisingEvents = true };
        _app.OutputDataReceived += (_, e) => Keep(e.Data);
        _app.ErrorDataReceived += (_, e) => Keep(e.Data);
        _app.Start();
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        while (_log.Count > 2000) _log.TryDequeue(out _);
    }

    private async Task WaitForLiveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_app!.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_app.ExitCode} before it was live:{Environment.NewLine}{RecentLog()}");
            }
            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/health/live");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer /health/live within 90 s:{Environment.NewLine}{RecentLog()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "YouTubeStudio.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No YouTubeStudio.sln above {AppContext.BaseDirectory}.");
    }

    // The test assembly lives in bin/<Configuration>/net10.0: the app is taken from the same configuration.
    private static string BuildConfiguration() =>
        new DirectoryInfo(Path.GetDirectoryName(typeof(BrowserAppFixture).Assembly.Location)!).Parent!.Name;
}
