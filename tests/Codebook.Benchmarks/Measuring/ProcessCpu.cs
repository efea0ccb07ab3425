using System.Diagnostics;

namespace Codebook.Benchmarks.Measuring;

/// <summary>CPU time of the whole process (all its threads: Lucene's merges and the garbage collector's too), in
/// milliseconds. On a loaded machine it swings far less than wall-clock time for the same work.</summary>
internal static class ProcessCpu
{
    public static double Milliseconds(Action action)
    {
        using var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        action();
        self.Refresh();
        return Timing.Round((self.TotalProcessorTime - before).TotalMilliseconds);
    }
}
