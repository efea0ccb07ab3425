namespace Codebook.Formats.Tests.Codebooks;

/// <summary>
/// Codebooks copied beside the tests: Codebooks/Examples/good/*.md with .outline files, Codebooks/Examples/bad/*.md
/// with .error files, and the study's codebooks in themes/.
/// </summary>
internal static class ExampleFiles
{
    public const string Good = "Codebooks/Examples/good";

    public const string Bad = "Codebooks/Examples/bad";

    public const string Themes = "themes";

    /// <summary>The .md file names in a folder, as test data rows.</summary>
    public static IEnumerable<object[]> Markdown(string folder) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    /// <summary>Examples/.gitattributes keeps the files' bytes as committed, line ends included.</summary>
    public static string Read(string folder, string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, file));
}
