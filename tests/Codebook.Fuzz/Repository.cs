namespace Codebook.Fuzz;

/// <summary>The repository the runner works from (found by walking up to Codebook.sln): its sample study is the
/// seed of every mutation, and the REFI-QDA samples of tests/data/refi-qda.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Interviews => Path.Combine(Root, "corpus-samples", "interviews");

    public static string Codings => Path.Combine(Root, "corpus-samples", "codings");

    public static string TranscriptExamples => Path.Combine(Root, "tests", "Codebook.Formats.Tests", "Transcripts", "Examples");

    public static string CodebookExamples => Path.Combine(Root, "tests", "Codebook.Formats.Tests", "Codebooks", "Examples");

    public static string StudyCodebook => Path.Combine(Root, "themes", "governance-by-numbers.md");

    public static string RefiSamples => Path.Combine(Root, "tests", "data", "refi-qda", "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codebook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the fuzz runner must run inside the Codebook repository");
    }
}
