namespace Codebook.Testing;

/// <summary>The repository the tests run from, found by walking up from the binaries to <c>Codebook.sln</c>, and the
/// material in it: the sample study (<c>corpus-samples/</c>, <c>themes/</c>) and the files of other origin under
/// <c>tests/data/</c> (its README names their sources and licences).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The sample study's seventeen interviews.</summary>
    public static string Interviews => Path.Combine(Root, "corpus-samples", "interviews");

    /// <summary>The sample study's codings, one YAML file per interview and coder.</summary>
    public static string Codings => Path.Combine(Root, "corpus-samples", "codings");

    /// <summary>The sample study's codebook.</summary>
    public static string StudyCodebook => Path.Combine(Root, "themes", "governance-by-numbers.md");

    /// <summary>A file or folder under <c>tests/data/</c>.</summary>
    public static string Data(params string[] parts) => Path.Combine([Root, "tests", "data", .. parts]);

    /// <summary>The REFI-QDA schemas and real tools' exports.</summary>
    public static string RefiQda => Data("refi-qda");

    /// <summary>The transcript format examples with their expected parses.</summary>
    public static string TranscriptExamples => Path.Combine(Root, "tests", "Codebook.Formats.Tests", "Transcripts", "Examples");

    /// <summary>The codebook format examples.</summary>
    public static string CodebookExamples => Path.Combine(Root, "tests", "Codebook.Formats.Tests", "Codebooks", "Examples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codebook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Codebook.sln above {AppContext.BaseDirectory}: run the tests and harnesses inside the Codebook repository");
    }
}
