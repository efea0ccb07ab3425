namespace Codebook.Testing;

/// <summary>A worked example from the literature, kept as a readable file in <c>tests/agreement-examples</c> (each file
/// names its source and published values): a header of coder names, then one line of values per unit, "." = missing.
/// The agreement tests compute on it; the CLI tests build the same data as a project.</summary>
public sealed record PublishedExample(IReadOnlyList<string> Coders, IReadOnlyList<IReadOnlyList<string?>> Units)
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "tests", "agreement-examples");

    public static PublishedExample Read(string name)
    {
        var lines = DataLines(name).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var units = lines.Skip(1).Select(cells => (IReadOnlyList<string?>)cells.Select(c => c == "." ? null : c).ToList()).ToList();
        return new PublishedExample(lines[0], units);
    }

    /// <summary>The file's lines without comments and blank lines.</summary>
    public static IEnumerable<string> DataLines(string name) =>
        File.ReadAllLines(Path.Combine(Folder, name)).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
