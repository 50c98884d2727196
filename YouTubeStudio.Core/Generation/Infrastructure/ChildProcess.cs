using System.Collections;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace YouTubeStudio.Core.Generation;

/// <summary>The outcome of a tool run: exit code, what it wrote to stderr, and the CPU time the kernel charged to it.</summary>
internal sealed record ChildProcessResult(int ExitCode, string StandardError, double CpuSeconds);

/// <summary>
/// Runs a tool (espeak-ng) with an argument list — never a shell — and measures its real CPU time.
/// Process.TotalProcessorTime cannot be read once the process has exited (the runtime reaps it and
/// /proc forgets it), so on Linux the child is started with posix_spawnp and reaped with wait4, which
/// hands back the kernel's rusage. Elsewhere it falls back to Process and samples the CPU time while
/// the child runs.
/// </summary>
internal static class ChildProcess
{
    private const int OWronly = 0x1, OCreat = 0x40, OTrunc = 0x200, ORdonly = 0x0;
    private const int Eintr = 4, SigKill = 9;

    [DllImport("libc", SetLastError = true)]
    private static extern int posix_spawn_file_actions_init(IntPtr actions);

    [DllImport("libc", SetLastError = true)]
    private static extern int posix_spawn_file_actions_destroy(IntPtr actions);

    [DllImport("libc", SetLastError = true)]
    private static extern int posix_spawn_file_actions_addopen(
        IntPtr actions, int fd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int posix_spawnp(
        out int pid,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string file,
        IntPtr actions,
        IntPtr attributes,
        IntPtr[] argv,
        IntPtr[] envp);

    [DllImport("libc", SetLastError = true)]
    private static extern int wait4(int pid, out int status, int options, IntPtr rusage);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/>, stdin from /dev/null; killed when <paramref name="cancellationToken"/> fires.</summary>
    public static Task<ChildProcessResult> RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return OperatingSystem.IsLinux() && (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64)
            ? RunSpawnedAsync(file, arguments, cancellationToken)
            : RunWithProcessAsync(file, arguments, cancellationToken);
    }

    private static async Task<ChildProcessResult> RunSpawnedAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var stderrPath = Path.Combine(Path.GetTempPath(), $"ytstudio-{Guid.NewGuid():N}.stderr");
        var actions = Marshal.AllocHGlobal(256); // posix_spawn_file_actions_t is 80 bytes in glibc
        // argv and envp are NULL-terminated arrays of UTF-8 strings; the marshaller has no UTF-8 string arrays.
        var argv = ToNative([file, .. arguments]);
        var envp = ToNative(Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(e => $"{e.Key}={e.Value}").ToList());
        int pid;
        try
        {
            Check(posix_spawn_file_actions_init(actions), "posix_spawn_file_actions_init");
            Check(posix_spawn_file_actions_addopen(actions, 0, "/dev/null", ORdonly, 0), "addopen stdin");
            Check(posix_spawn_file_actions_addopen(actions, 1, "/dev/null", OWronly, 0), "addopen stdout");
            Check(posix_spawn_file_actions_addopen(actions, 2, stderrPath, OWronly | OCreat | OTrunc, 0x180), "addopen stderr");

            var error = posix_spawnp(out pid, file, actions, IntPtr.Zero, argv, envp);
            if (error != 0)
            {
                throw new InvalidOperationException($"Could not start {file}: {new System.ComponentModel.Win32Exception(error).Message}.");
            }
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            Marshal.FreeHGlobal(actions);
            Free(argv);
            Free(envp);
        }

        // wait4 blocks, so it gets its own thread; cancellation kills the child, which ends the wait.
        using var registration = cancellationToken.Register(() => kill(pid, SigKill));
        var (status, cpuSeconds) = await Task.Factory.StartNew(() => WaitForExit(pid), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);

        var stderr = File.Exists(stderrPath) ? await File.ReadAllTextAsync(stderrPath, CancellationToken.None).ConfigureAwait(false) : "";
        File.Delete(stderrPath);
        cancellationToken.ThrowIfCancellationRequested();

        var exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);
        return new ChildProcessResult(exitCode, stderr, cpuSeconds);
    }

    private static IntPtr[] ToNative(IReadOnlyList<string> strings)
    {
        var pointers = new IntPtr[strings.Count + 1];
        for (var i = 0; i < strings.Count; i++)
        {
            pointers[i] = Marshal.StringToCoTaskMemUTF8(strings[i]);
        }

        return pointers;
    }

    private static void Free(IntPtr[] pointers)
    {
        foreach (var pointer in pointers)
        {
            Marshal.FreeCoTaskMem(pointer);
        }
    }

    private static (int Status, double CpuSeconds) WaitForExit(int pid)
    {
        var rusage = Marshal.AllocHGlobal(256); // struct rusage is 144 bytes on 64-bit Linux
        try
        {
            while (true)
            {
                if (wait4(pid, out var status, 0, rusage) == pid)
                {
                    // ru_utime and ru_stime are the first two struct timevals (seconds, microseconds).
                    double Seconds(int offset) => Marshal.ReadInt64(rusage, offset) + Marshal.ReadInt64(rusage, offset + 8) / 1e6;
                    return (status, Seconds(0) + Seconds(16));
                }

                if (Marshal.GetLastPInvokeError() != Eintr)
                {
                    throw new InvalidOperationException($"wait4 failed for process {pid} (errno {Marshal.GetLastPInvokeError()}).");
                }
            }
        }
        finally
        {
            Marshal.FreeHGlobal(rusage);
        }
    }

    private static async Task<ChildProcessResult> RunWithProcessAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.StandardInput.Close();
        var stderrTask = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var cpu = TimeSpan.Zero;
        using var registration = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        while (!process.WaitForExit(10))
        {
            try
            {
                cpu = process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                break; // exited between the two calls
            }
        }

        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        var stderr = await stderrTask.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new ChildProcessResult(process.ExitCode, stderr, cpu.TotalSeconds);
    }

    private static void Check(int result, string call)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"{call} failed ({result}).");
        }
    }
}
