using System.Runtime.InteropServices;

namespace Codebook.Benchmarks.Measuring;

/// <summary>CPU time of the calling thread, in milliseconds. On a machine shared with other builds, wall-clock times
/// swing with the load; the CPU a thread used for the same work does not, so it is the figure to compare changes by.
/// Linux only (<c>clock_gettime</c>); elsewhere null.</summary>
internal static class ThreadCpu
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double? Now()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuClock, out var time) != 0) return null;
        return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
    }

    /// <summary>The CPU milliseconds <paramref name="action"/> took on this thread, or null where it cannot be read.</summary>
    public static double? Milliseconds(Action action)
    {
        var before = Now();
        action();
        return Now() - before is { } ms ? Timing.Round(ms) : null;
    }
}
