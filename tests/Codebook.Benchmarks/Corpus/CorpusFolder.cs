using System.Text;

namespace Codebook.Benchmarks.Corpus;

/// <summary>A folder of interview files totalling a given size, alternating French and Spanish.</summary>
internal static class CorpusFolder
{
    /// <summary>About the length of a one-hour interview.</summary>
    public const int InterviewChars = 40_000;

    public static IReadOnlyList<string> Write(string folder, double megabytes, BenchText text)
    {
        Directory.CreateDirectory(folder);
        var writer = new InterviewWriter(text);
        var files = new List<string>();
        long target = (long)(megabytes * 1024 * 1024), written = 0;
        for (int n = 1; written < target; n++)
        {
            var (name, content) = writer.Write(n, n % 2 == 0 ? "es" : "fr", InterviewChars);
            var path = Path.Combine(folder, name);
            var bytes = Encoding.UTF8.GetBytes(content);
            File.WriteAllBytes(path, bytes);
            files.Add(path);
            written += bytes.Length;
        }
        return files;
    }
}
