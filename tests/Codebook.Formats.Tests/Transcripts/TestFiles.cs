namespace Codebook.Formats.Tests.Transcripts;

/// <summary>Where test material lives, found from the test binary by walking up to the repository root.</summary>
internal static class TestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Examples => Path.Combine(RepoRoot, "tests", "Codebook.Formats.Tests", "Transcripts", "Examples");

    /// <summary>Excerpts of real, openly licensed transcripts (see the README beside them).</summary>
    public static string RealTranscripts => Data("transcripts");

    /// <summary>Material that is not ours, kept in the repository with its source and licence (tests/data/README.md).</summary>
    public static string Data(params string[] parts) => Path.Combine([RepoRoot, "tests", "data", .. parts]);

    /// <summary>The example inputs (everything but the .expected files), by file name.</summary>
    public static IEnumerable<string> ExampleNames() =>
        Directory.EnumerateFiles(Examples).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>().Order();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Codebook.sln"))) return dir.FullName;
        throw new InvalidOperationException("Codebook.sln not found above the test binaries");
    }
}
