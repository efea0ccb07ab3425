using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Pseudonyms;

/// <summary>The last look before an export is written: every listed real name, in every written form the table
/// replaces (<see cref="NamePattern"/>), as whole words or at the start of a capitalised word ("Pujades"), searched in the whole output — each text of each part of the
/// file, and its name — outside the pseudonyms written there. An export with any left writes nothing.</summary>
public static class RealNameScan
{
    /// <param name="parts">Each piece of the output with where it is (a file and line, a part of a zip and a field).</param>
    public static IReadOnlyList<RealNameFound> Find(Pseudonymiser pseudonymiser, IEnumerable<(string Place, string Text)> parts)
    {
        if (pseudonymiser.Table.Count == 0) return [];
        var found = new List<RealNameFound>();
        foreach (var (place, text) in parts)
        {
            if (text.Length == 0) continue;
            var folded = Folding.UnitForUnit(text);
            // Inside a pseudonym is no leak; inside a longer real name found already, no second one.
            var seen = pseudonymiser.Pseudonyms.SelectMany(p => p.In(text, folded, wholeWords: false)).Select(f => f.Span).ToList();
            foreach (var (entry, pattern) in pseudonymiser.Names)
            {
                foreach (var (span, _) in pattern.In(text, folded, wholeWords: false))
                {
                    if (seen.Any(p => p.Start <= span.Start && span.End <= p.End)) continue;
                    var word = WordBoundaries.Snap(text, span);
                    if (word != span && !StartsAName(text, word, span)) continue;
                    seen.Add(span);
                    found.Add(new RealNameFound(place, entry.RealName, text[word.Start..word.End]));
                }
            }
        }
        return found.Distinct().ToList();
    }

    /// <summary>A name at the start of a capitalised word ("Pujades", "Anderlechtois") is the name with an ending;
    /// inside a lower-case word ("année" holds "Anne") it is a word of the language.</summary>
    private static bool StartsAName(string text, TextSpan word, TextSpan name) =>
        name.Start == word.Start && char.IsUpper(text[word.Start]);

    /// <summary>Refuses an export with real names left, naming each place (the first fifty), unless allowed.</summary>
    public static void Refuse(IReadOnlyList<RealNameFound> found, string what)
    {
        if (found.Count == 0) return;
        const int Shown = 50;
        var places = string.Join("\n  ", found.Take(Shown).Select(f => f.ToString()));
        var more = found.Count > Shown ? $"\n  … and {found.Count - Shown} more" : "";
        throw new CodebookException(ErrorCode.RealNameLeft,
            $"{what} would still contain real names of the pseudonym table, so nothing was written:\n  {places}{more}",
            "export", new ErrorHint(HintKind.AddSpellings));
    }
}
