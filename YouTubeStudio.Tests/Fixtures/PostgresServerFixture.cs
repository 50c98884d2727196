using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>
/// A throwaway PostgreSQL server started from the machine's binaries, shared by every test in the
/// "Postgres" collection. Each test class (or test) asks for its own database with
/// <see cref="CreateDatabaseAsync"/>, so tests never see each other's rows.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string MissingBinariesMessage =
        "PostgreSQL server binaries (initdb, pg_ctl) not found; run ./test.sh which installs them, or apt-get install postgresql";

    private const string SuperUser = "postgres";
    private readonly string? _searchPath;
    private readonly string _libRoot;
    private string? _root;
    private string? _binDirectory;
    private bool _started;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>A connection to the server's maintenance database as the superuser.</summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = SuperUser,
        Database = "postgres",
        Pooling = false,
    }.ConnectionString;

    public PostgresServerFixture()
        : this(Environment.GetEnvironmentVariable("PATH"), "/usr/lib/postgresql")
    {
    }

    /// <summary>Looks for the binaries on <paramref name="searchPath"/>, then in <paramref name="libRoot"/>/*/bin.</summary>
    internal PostgresServerFixture(string? searchPath, string libRoot)
    {
        _searchPath = searchPath;
        _libRoot = libRoot;
    }

    // initdb refuses to run as root: then the server runs as the postgres user on a folder it owns.
    private static bool RunAsPostgresUser => Environment.IsPrivilegedProcess;

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory(_searchPath, _libRoot) ?? throw new InvalidOperationException(MissingBinariesMessage);

        // Root's own temp folder may be closed to the postgres user; /tmp is open to everyone.
        var tempBase = RunAsPostgresUser && Directory.Exists("/tmp") ? "/tmp" : Path.GetTempPath();
        _root = Path.Combine(tempBase, $"ytstudio-pg-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(_root);
        if (RunAsPostgresUser)
        {
            await EnsurePostgresUserAsync();
            await RunAsync("chown", ["-R", $"{SuperUser}:", _root], asPostgres: false);
        }

        var data = Path.Combine(_root, "data");
        await RunAsync(Tool("initdb"), ["-D", data, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], RunAsPostgresUser);

        // A free port can be taken between the probe and the start: try a few.
        Exception? last = null;
        for (var attempt = 0; attempt < 3 && !_started; attempt++)
        {
            Port = FreeLoopbackPort();
            var options = $"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories={_root} " +
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            try
            {
                await RunAsync(Tool("pg_ctl"), ["-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o", options, "start"], RunAsPostgresUser);
                _started = true;
            }
            catch (InvalidOperationException ex)
            {
                last = ex;
            }
        }
        if (!_started)
        {
            throw new InvalidOperationException($"PostgreSQL did not start. Server log:\n{ReadLog()}", last);
        }
    }

    /// <summary>Creates an empty database and returns a connection string to it (prefix: a short lower-case word).</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        if (!_started) throw new InvalidOperationException("The PostgreSQL server is not running.");
        var name = $"{prefix ?? "test"}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,
            Pooling = true,
            MaxPoolSize = 20,
            ConnectionIdleLifetime = 10,
        }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started && _root is not null && _binDirectory is not null)
        {
            try
            {
                await RunAsync(Tool("pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"], RunAsPostgresUser);
            }
            catch (InvalidOperationException)
            {
                // Deleting the folder below is what matters; a server that is already gone is fine.
            }
            _started = false;
        }
        if (_root is not null && Directory.Exists(_root))
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>The folder holding initdb, pg_ctl and postgres: first on the search path, then the newest <c>libRoot/*/bin</c>.</summary>
    public static string? FindBinDirectory(string? searchPath, string libRoot)
    {
        var candidates = (searchPath ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        if (Directory.Exists(libRoot))
        {
            candidates.AddRange(Directory.GetDirectories(libRoot)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d).Split('.')[0], out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        return candidates.FirstOrDefault(d =>
            File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "postgres")));
    }

    private string Tool(string name) => Path.Combine(_binDirectory!, name);

    private async Task EnsurePostgresUserAsync()
    {
        if ((await TryRunAsync("id", ["-u", SuperUser])).ExitCode == 0) return;
        var groupExists = (await TryRunAsync("getent", ["group", SuperUser])).ExitCode == 0;
        string[] args = groupExists
            ? ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "--gid", SuperUser, SuperUser]
            : ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "--user-group", SuperUser];
        await RunAsync("useradd", args, asPostgres: false);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string ReadLog()
    {
        var log = _root is null ? null : Path.Combine(_root, "server.log");
        return log is not null && File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }

    private async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var (exitCode, output) = asPostgres
            ? await TryRunAsync("runuser", ["-u", SuperUser, "--", file, .. args], _root)
            : await TryRunAsync(file, args, _root);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {string.Join(' ', args)}' failed with exit code {exitCode}:\n{output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> TryRunAsync(string file, string[] args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The server inherits pg_ctl's environment; a locale the machine lacks would make it refuse to start.
        start.Environment["LC_ALL"] = "C";
        start.Environment["LANG"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
