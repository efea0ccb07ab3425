namespace Codebook.Benchmarks.Corpus;

/// <summary>The paragraphs of the shared novels, by language: the raw material of the benchmark interviews.</summary>
internal sealed class BenchText
{
    private BenchText(IReadOnlyList<string> french, IReadOnlyList<string> spanish)
    {
        French = french;
        Spanish = spanish;
    }

    public IReadOnlyList<string> French { get; }

    public IReadOnlyList<string> Spanish { get; }

    public IReadOnlyList<string> In(string language) => language == "fr" ? French : Spanish;

    public static BenchText Load()
    {
        var root = Repository.BenchText;
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"the benchmark text is missing: {root}");
        return new BenchText(Paragraphs(Path.Combine(root, "fr")), Paragraphs(Path.Combine(root, "es")));
    }

    /// <summary>Lines long enough to be said in an interview, with line breaks and BOMs already gone.</summary>
    private static List<string> Paragraphs(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => line.Trim().Trim('\uFEFF'))
            .Where(line => line.Length >= 40 && !line.Contains("Gutenberg", StringComparison.OrdinalIgnoreCase))
            .ToList();
}
