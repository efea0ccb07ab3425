using System.Text.RegularExpressions;

namespace Codebook.Search.Tests.Gold;

/// <summary>Reads <c>tests/data/search/gold.tsv</c>: one query a line, tab-separated: group, query, must-find
/// pattern, must-not-find pattern (or <c>-</c>), scope (optional). Lines starting with <c>#</c> and blank lines are
/// comments. Patterns match the folded text (see <see cref="Pattern"/> for <c>\b</c>).</summary>
internal static class GoldSet
{
    public const string RelativePath = "tests/data/search/gold.tsv";

    public static List<GoldQuery> Read(string path)
    {
        var queries = new List<GoldQuery>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 4)
            {
                throw new InvalidDataException($"{path}, line {i + 1}: expected group, query, must, must-not [, scope] separated by tabs");
            }
            bool whole = cells[1].Contains('"') || cells[1].Contains('=');
            queries.Add(new GoldQuery(i + 1, cells[0], cells[1], Pattern(cells[2], whole), cells[3] == "-" ? null : Pattern(cells[3], whole),
                cells.Length > 4 ? cells[4] : string.Empty));
        }
        return queries;
    }

    /// <summary>A phrase or an exact word (<c>"il y a"</c>, <c>=école</c>) reads an elided form as one word, as the search
    /// does: there <c>\b</c> in a pattern is a word boundary where an apostrophe counts as a letter, so
    /// <c>\bil y a\b</c> does not match <c>qu'il y a</c>. A word query also finds the word after the article
    /// (<c>école</c> finds <c>l'école</c>), as <c>\b</c> does.</summary>
    private static Regex Pattern(string pattern, bool whole) =>
        new(whole ? pattern.Replace(@"\b", @"(?:(?<=[\w'])(?![\w'])|(?<![\w'])(?=[\w']))") : pattern, RegexOptions.CultureInvariant);
}
