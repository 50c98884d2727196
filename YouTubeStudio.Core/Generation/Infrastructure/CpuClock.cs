using System.Diagnostics;
using System.Runtime.InteropServices;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// CPU time of the calling thread, so in-process work (drawing, writing files) is priced by what it
/// used and not by what other requests running at the same time used.
/// </summary>
internal static class CpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    /// <summary>CPU time used by this thread so far; on systems without a thread clock, the process's.</summary>
    public static TimeSpan CurrentThread()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
        }

        return Process.GetCurrentProcess().TotalProcessorTime;
    }

    /// <summary>Runs synchronous work on one pool thread and returns its result with the CPU time it used.</summary>
    public static Task<(T Result, double CpuSeconds)> RunMeasuredAsync<T>(Func<T> work, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            var start = CurrentThread();
            var result = work();
            return (result, (CurrentThread() - start).TotalSeconds);
        }, cancellationToken);
}
