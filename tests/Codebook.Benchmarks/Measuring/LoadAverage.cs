using System.Globalization;

namespace Codebook.Benchmarks.Measuring;

/// <summary>The one-minute load average (Linux), or -1 where the system does not say.</summary>
internal static class LoadAverage
{
    public static double Now()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return -1;
        }
    }
}
