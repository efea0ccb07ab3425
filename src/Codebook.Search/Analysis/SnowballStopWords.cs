using Lucene.Net.Analysis.Snowball;

namespace Codebook.Search.Analysis;

/// <summary>The Snowball stop lists that Lucene ships (<c>french_stop.txt</c>, <c>spanish_stop.txt</c>): the words of
/// <c>FrenchAnalyzer.DefaultStopSet</c> and <c>SpanishAnalyzer.DefaultStopSet</c>, read here rather than through
/// Lucene's word-list loader, whose static constructor compiles a regular expression (emitted and JIT-compiled in every
/// process that searches) to split these lines.</summary>
internal static class SnowballStopWords
{
    /// <summary>What separates the words of a line in these lists (Lucene splits at any white space: the tests compare).</summary>
    private static readonly char[] Blanks = [' ', '\t'];

    /// <summary>The words of one list: each line's words up to a <c>|</c>, which starts a comment.</summary>
    public static IReadOnlyList<string> Read(string name)
    {
        var assembly = typeof(SnowballFilter).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Lucene.Net.Analysis.Common.Analysis.Snowball.{name}")
            ?? throw new InvalidOperationException($"the stop list {name} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            int comment = line.IndexOf('|');
            words.AddRange((comment < 0 ? line : line[..comment]).Split(Blanks, StringSplitOptions.RemoveEmptyEntries));
        }
        return words;
    }
}
