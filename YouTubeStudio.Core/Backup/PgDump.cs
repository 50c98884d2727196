using System.Diagnostics;
using Npgsql;

namespace YouTubeStudio.Core.Backup;

/// <summary>Runs pg_dump with the connection's parts in PG* variables, so the password is never on a command line.</summary>
internal static class PgDump
{
    public const string NotFoundMessage = "pg_dump not found: install postgresql-client (or set Backup:PgDumpPath).";

    /// <summary>pg_dump on <paramref name="searchPath"/>, else the newest <paramref name="libRoot"/>/*/bin/pg_dump, else null.</summary>
    public static string? Find(string? searchPath, string libRoot)
    {
        var candidates = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Directory.Exists(libRoot))
        {
            candidates.AddRange(Directory.GetDirectories(libRoot)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d).Split('.')[0], out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        return candidates.Select(d => Path.Combine(d, "pg_dump")).FirstOrDefault(File.Exists);
    }

    /// <summary>The environment pg_dump reads the connection from.</summary>
    public static Dictionary<string, string> Environment(string connectionString)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(csb.Host)) env["PGHOST"] = csb.Host;
        env["PGPORT"] = csb.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(csb.Database)) env["PGDATABASE"] = csb.Database;
        if (!string.IsNullOrEmpty(csb.Username)) env["PGUSER"] = csb.Username;
        if (!string.IsNullOrEmpty(csb.Password)) env["PGPASSWORD"] = csb.Password;
        env["PGSSLMODE"] = csb.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        env["PGCONNECT_TIMEOUT"] = Math.Max(1, csb.Timeout).ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["PGAPPNAME"] = "youtube-studio-backup";
        return env;
    }

    /// <summary>Dumps the database in pg_dump's custom format into <paramref name="outputFile"/>.</summary>
    public static async Task RunAsync(string pgDump, string connectionString, string outputFile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--format=custom");
        start.ArgumentList.Add("--no-password");
        start.ArgumentList.Add($"--file={outputFile}");
        foreach (var (key, value) in Environment(connectionString)) start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new BackupException($"Could not start {pgDump}.");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var output = ((await stdout) + (await stderr)).Trim();
        if (process.ExitCode != 0)
        {
            throw new BackupException($"pg_dump failed with exit code {process.ExitCode}: {output}");
        }
    }
}
