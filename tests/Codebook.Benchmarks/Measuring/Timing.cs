using System.Diagnostics;

namespace Codebook.Benchmarks.Measuring;

/// <summary>Milliseconds of a run, and percentiles of several.</summary>
internal static class Timing
{
    public static double Milliseconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return Round(watch.Elapsed.TotalMilliseconds);
    }

    public static T Milliseconds<T>(Func<T> func, out double ms)
    {
        var watch = Stopwatch.StartNew();
        var result = func();
        ms = Round(watch.Elapsed.TotalMilliseconds);
        return result;
    }

    /// <summary>Nearest-rank percentile (<paramref name="p"/> in 0..100).</summary>
    public static double Percentile(IReadOnlyCollection<double> samples, double p)
    {
        var sorted = samples.Order().ToArray();
        int rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return Round(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]);
    }

    public static double Round(double value) => Math.Round(value, value < 10 ? 3 : 1);
}
