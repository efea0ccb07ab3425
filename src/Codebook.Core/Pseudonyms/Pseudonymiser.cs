using System.Text;
using Codebook.Core.Codings;
using Codebook.Core.Model;

namespace Codebook.Core.Pseudonyms;

/// <summary>Applies the pseudonym table to a text: whole words only, ignoring case, accents and apostrophe style (so
/// "LUCIA" and "Lucía" are both the listed "Lucía", and "d’Anderlecht" holds "Anderlecht"), longest names first (so
/// "Mission Locale du Canal" wins over "Canal"). A name written in capitals gets its pseudonym in capitals.</summary>
public sealed class Pseudonymiser
{
    private readonly IReadOnlyList<(Pseudonym Entry, string Key)> _names;

    public Pseudonymiser(IEnumerable<Pseudonym> table)
    {
        _names = table.Select(p => (p, KeyOf(p.RealName))).Where(n => n.Item2.Length > 0)
            .OrderByDescending(n => n.Item2.Length).ThenBy(n => n.Item2, StringComparer.Ordinal).ToList();
    }

    public static Pseudonymiser None { get; } = new([]);

    /// <summary>How a real name is matched and stored: trimmed, NFC, folded.</summary>
    public static string KeyOf(string realName) => TextMatcher.Fold(realName.Trim().Normalize(NormalizationForm.FormC));

    public Pseudonymised Apply(string text)
    {
        var folded = TextMatcher.Fold(text);
        var found = new List<(TextSpan Span, string Replacement)>();
        foreach (var (entry, key) in _names)
        {
            foreach (var span in Occurrences(folded, key))
            {
                if (IsWholeWord(text, span) && !found.Any(f => f.Span.Overlaps(span))) found.Add((span, entry.Replacement));
            }
        }
        if (found.Count == 0) return new Pseudonymised(text, []);

        var result = new StringBuilder(text.Length);
        var replaced = new List<TextSpan>();
        int at = 0;
        foreach (var (span, replacement) in found.OrderBy(f => f.Span.Start))
        {
            result.Append(text, at, span.Start - at);
            var written = IsShouted(text.AsSpan(span.Start, span.Length)) ? replacement.ToUpperInvariant() : replacement;
            replaced.Add(new TextSpan(result.Length, result.Length + written.Length));
            result.Append(written);
            at = span.End;
        }
        result.Append(text, at, text.Length - at);
        return new Pseudonymised(result.ToString(), replaced);
    }

    /// <summary>Real names still in a pseudonymised text anywhere outside its pseudonyms, even inside other words
    /// ("Nadiaa", "Anderlechtois"): what a whole-word replacement could not take, for a person to look at.</summary>
    public IReadOnlyList<string> RealNamesLeftIn(Pseudonymised result)
    {
        var folded = TextMatcher.Fold(result.Text);
        return _names
            .Where(n => Occurrences(folded, n.Key).Any(span => !result.Replaced.Any(r => r.Start <= span.Start && span.End <= r.End)))
            .Select(n => n.Entry.RealName)
            .ToList();
    }

    private static IEnumerable<TextSpan> Occurrences(string folded, string key)
    {
        for (int at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            yield return new TextSpan(at, at + key.Length);
        }
    }

    private static bool IsWholeWord(string text, TextSpan span) =>
        (span.Start == 0 || !WordBoundaries.IsWordPart(text[span.Start - 1])) &&
        (span.End == text.Length || !WordBoundaries.IsWordPart(text[span.End]));

    private static bool IsShouted(ReadOnlySpan<char> name)
    {
        int letters = 0;
        foreach (var c in name)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters > 1;
    }
}
