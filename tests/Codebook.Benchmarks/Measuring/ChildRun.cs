using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Codebook.Benchmarks.Measuring;

/// <summary>One run of another program, to its exit: wall-clock milliseconds from starting it, and the CPU milliseconds
/// it used (user and system, all its threads; Linux, from <c>getrusage</c> of the waited-for children, else null),
/// which a loaded machine stretches far less than the wall-clock time.</summary>
internal readonly record struct ChildRun(double Ms, double? CpuMs)
{
    private const int Children = -1; // RUSAGE_CHILDREN

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        // The other fourteen fields of struct rusage, unread.
        public long M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12, M13, M14;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>Runs <paramref name="executable"/> with <paramref name="args"/> and <paramref name="environment"/> added,
    /// its output read and dropped; throws when it fails.</summary>
    public static ChildRun Of(string executable, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var cpuBefore = ChildrenCpuMs();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(executable)} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        return new ChildRun(Timing.Round(ms), ChildrenCpuMs() - cpuBefore is { } cpu ? Timing.Round(cpu) : null);
    }

    /// <summary>CPU milliseconds of every child this process has waited for so far.</summary>
    private static double? ChildrenCpuMs()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(Children, out var usage) != 0) return null;
        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }
}
