using System.Diagnostics;

namespace Codebook.Benchmarks.Measuring;

/// <summary>The process's peak working set (VmHWM on Linux), reset between scenarios so each reports its own.</summary>
internal static class PeakMemory
{
    /// <summary>Writing 5 to clear_refs resets the high-water mark (Linux 4.0+); elsewhere peaks accumulate.</summary>
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the figure is then the peak since the harness started.
        }
    }

    public static double Megabytes()
    {
        using var self = Process.GetCurrentProcess();
        return Math.Round(self.PeakWorkingSet64 / 1024.0 / 1024.0, 1);
    }
}
