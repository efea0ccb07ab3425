using System.Text;
using Codebook.Core.Codings;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Pseudonyms;

/// <summary>Applies the pseudonym table to a text: whole words only, in every written form of a name (see
/// <see cref="NamePattern"/>: case, accents, slugs and ids, elisions, listed initials), longest names first (so
/// "Mission Locale du Canal" wins over "Canal"). The pseudonym is written in the form of the name it replaces
/// (<see cref="NameForm"/>).</summary>
public sealed class Pseudonymiser
{
    private readonly IReadOnlyList<(Pseudonym Entry, NamePattern Pattern)> _names;

    public Pseudonymiser(IEnumerable<Pseudonym> table)
    {
        Table = table.ToList();
        _names = Table.Select(p => (p, new NamePattern(p.RealName, p.Initials))).Where(n => !n.Item2.IsEmpty)
            .OrderByDescending(n => KeyOf(n.p.RealName).Length).ThenBy(n => KeyOf(n.p.RealName), StringComparer.Ordinal).ToList();
        Pseudonyms = Table.Select(p => new NamePattern(p.Replacement)).Where(p => !p.IsEmpty).ToList();
    }

    public static Pseudonymiser None { get; } = new([]);

    public IReadOnlyList<Pseudonym> Table { get; }

    /// <summary>The pseudonyms' own forms, which a check for real names left over looks past.</summary>
    internal IReadOnlyList<NamePattern> Pseudonyms { get; }

    internal IEnumerable<(Pseudonym Entry, NamePattern Pattern)> Names => _names;

    /// <summary>How a real name is matched and stored: trimmed, NFC, folded.</summary>
    public static string KeyOf(string realName) => Folding.NameKey(realName);

    public Pseudonymised Apply(string text)
    {
        if (_names.Count == 0 || text.Length == 0) return new Pseudonymised(text, []);
        var folded = Folding.UnitForUnit(text);
        var found = new List<(TextSpan Span, bool IsInitials, Pseudonym Entry)>();
        foreach (var (entry, pattern) in _names)
        {
            foreach (var (span, isInitials) in pattern.In(text, folded))
            {
                if (!found.Any(f => f.Span.Overlaps(span))) found.Add((span, isInitials, entry));
            }
        }
        if (found.Count == 0) return new Pseudonymised(text, []);

        var result = new StringBuilder(text.Length);
        var changes = new List<(TextSpan, TextSpan)>();
        int at = 0;
        foreach (var (span, isInitials, entry) in found.OrderBy(f => f.Span.Start))
        {
            result.Append(text, at, span.Start - at);
            var written = NameForm.Write(entry.Replacement, text, span.Start, span.End, isInitials, NamePattern.WordsOf(KeyOf(entry.RealName)).Count);
            changes.Add((span, new TextSpan(result.Length, result.Length + written.Length)));
            result.Append(written);
            at = span.End;
        }
        result.Append(text, at, text.Length - at);
        return new Pseudonymised(result.ToString(), changes);
    }

    /// <summary>Real names still in a pseudonymised text anywhere outside its pseudonyms, even inside other words
    /// ("Nadiaa", "Anderlechtois"): what a whole-word replacement could not take, for a person to look at.</summary>
    public IReadOnlyList<string> RealNamesLeftIn(Pseudonymised result) =>
        RealNamesLeftIn(result, "").Select(f => f.RealName).Distinct().ToList();

    /// <summary>A researcher's own text (a memo, a framework summary) pseudonymised; a listed name still in it is refused
    /// unless <paramref name="allowRealNames"/>: <paramref name="what"/> names the text ("a memo"), <paramref name="kind"/>
    /// what to check ("memo"), <paramref name="detail"/> (of the pseudonymised text) follows the names in the message.</summary>
    public Pseudonymised ApplyOrRefuse(string text, string what, string kind, Func<string, string>? detail, bool allowRealNames)
    {
        var result = Apply(text);
        var left = RealNamesLeftIn(result);
        if (left.Count > 0 && !allowRealNames)
        {
            throw new Errors.CodebookException(Errors.ErrorCode.RealNameLeft,
                $"{what} still contains {string.Join(", ", left.Select(n => $"'{n}'"))} (inside another word or spelt differently){detail?.Invoke(result.Text)}",
                "export", new Errors.ErrorHint(Errors.HintKind.AddSpelling, kind));
        }
        return result;
    }

    /// <summary>The same, each with the word that holds it, at <paramref name="place"/>.</summary>
    public IReadOnlyList<RealNameFound> RealNamesLeftIn(Pseudonymised result, string place)
    {
        var text = result.Text;
        var folded = Folding.UnitForUnit(text);
        var found = new List<RealNameFound>();
        foreach (var (entry, pattern) in _names)
        {
            foreach (var (span, _) in pattern.In(text, folded, wholeWords: false))
            {
                if (result.Changes.Any(c => c.Written.Start <= span.Start && span.End <= c.Written.End)) continue;
                var word = WordBoundaries.Snap(text, span);
                found.Add(new RealNameFound(place, entry.RealName, text[word.Start..word.End]));
            }
        }
        return found;
    }
}
