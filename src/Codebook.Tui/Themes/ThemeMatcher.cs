using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Tui.Themes;

/// <summary>Finds themes by part of a label in any of their languages (or the id), ignoring case and accents, so
/// "resis", "résis" and "resist" all find Résistance; letters in order ("rprtng") find a theme when no label contains the text.</summary>
public static class ThemeMatcher
{
    /// <summary>The themes that match, best first; themes equally good keep the order given (the tree's).</summary>
    public static IReadOnlyList<Theme> Match(IEnumerable<Theme> themes, string query)
    {
        var wanted = Fold(query.Trim());
        if (wanted.Length == 0) return themes.ToList();
        var scored = themes
            .Select((theme, order) => (theme, order, score: Names(theme).Select(name => Score(Fold(name), wanted)).Min()))
            .Where(x => x.score < int.MaxValue)
            .ToList();
        // Letters in order are a fallback: next to labels that contain the text, they are noise.
        if (scored.Any(x => x.score < Scattered)) scored.RemoveAll(x => x.score >= Scattered);
        return scored.OrderBy(x => x.score).ThenBy(x => x.order).Select(x => x.theme).ToList();
    }

    private const int Scattered = 3;

    private static IEnumerable<string> Names(Theme theme) => theme.Labels.Values.Prepend(theme.Label).Append(theme.Id);

    /// <summary>0 label starts with it, 1 a word starts with it, 2 contains it, 3+ letters in order (fewer gaps
    /// better), int.MaxValue no match.</summary>
    private static int Score(string name, string wanted)
    {
        if (name.StartsWith(wanted, StringComparison.Ordinal)) return 0;
        int at = name.IndexOf(wanted, StringComparison.Ordinal);
        if (at > 0) return Words.IsWordPart(name[at - 1]) ? 2 : 1;
        int gaps = 0, i = 0;
        foreach (char c in wanted)
        {
            int found = name.IndexOf(c, i);
            if (found < 0) return int.MaxValue;
            if (found > i) gaps++;
            i = found + 1;
        }
        return Scattered + gaps;
    }

    private static string Fold(string text) => Folding.RemoveAccents(text).ToLowerInvariant();
}
