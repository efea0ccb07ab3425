using Codebook.Testing;

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

    /// <summary>Where the harness looks for the text: <c>../shared/bench-text</c> beside the repository (public-domain
    /// French and Spanish novels, never copied into the repository), or <c>$CODEBOOK_BENCH_TEXT</c>.</summary>
    public static string Folder => Environment.GetEnvironmentVariable("CODEBOOK_BENCH_TEXT") is { Length: > 0 } chosen
        ? Path.GetFullPath(chosen)
        : Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "bench-text"));

    public static BenchText Load()
    {
        var root = Folder;
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"the benchmark text is missing: no folder {root}. Put public-domain prose there in fr/ and es/ "
                + "(plain .txt files, e.g. novels from Project Gutenberg), or name another folder with CODEBOOK_BENCH_TEXT.");
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
