namespace Codebook.Cli.Tests;

/// <summary>Paths in the repository the tests run from (found by walking up to Codebook.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SampleInterviews => Path.Combine(Root, "corpus-samples", "interviews");

    /// <summary>The REFI-QDA schemas and real tools' exports (tests/data/refi-qda/README.md names their sources).</summary>
    public static string RefiQda => Path.Combine(Root, "tests", "data", "refi-qda");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codebook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the tests must run inside the Codebook repository");
    }
}
