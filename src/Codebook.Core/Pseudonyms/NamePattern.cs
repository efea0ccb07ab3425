using System.Text.RegularExpressions;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Pseudonyms;

/// <summary>Every way a name of the pseudonym table is written: its words in any case and with or without accents
/// (matched in the folded text, <see cref="Folding.UnitForUnit"/>), joined by spaces, hyphens, underscores, dots,
/// apostrophes or nothing (so "Didier Pujade" is also "didier-pujade", "DIDIER_PUJADE" and "DidierPujade"); and its
/// initials when the table lists them ("DP", "D.P.", "D. P."), matched as written, in capitals.</summary>
internal sealed class NamePattern
{
    /// <summary>What may stand between the words of a name: never a line break, so a replacement keeps the lines; a
    /// backslash, so that Markdown's "DIDIER\_PUJADE" is found too.</summary>
    private const string Separator = @"[ \t\-_.'\\]*";

    private readonly Regex _anywhere;
    private readonly Regex _whole;
    private readonly Regex? _initials;

    public NamePattern(string name, string? initials = null)
    {
        var words = WordsOf(Pseudonymiser.KeyOf(name));
        var body = string.Join(Separator, words.Select(Regex.Escape));
        _anywhere = new Regex(body, RegexOptions.CultureInvariant);
        _whole = new Regex($@"(?<!\p{{L}}){body}(?!\p{{L}})", RegexOptions.CultureInvariant);
        var letters = Letters(initials);
        if (letters.Length >= 2)
        {
            var between = string.Join(@"(?:\.\s?-?|-)?", letters.Select(c => Regex.Escape(c.ToString())));
            _initials = new Regex($@"(?<!\p{{L}}){between}\.?(?!\p{{L}})", RegexOptions.CultureInvariant);
        }
    }

    public bool IsEmpty => _anywhere.ToString().Length == 0;

    /// <summary>The name's places in a text: whole words only (<paramref name="wholeWords"/>), or also inside other
    /// words ("Verhaegens" holds "Verhaegen"). <paramref name="folded"/> is the text folded.</summary>
    public IEnumerable<(TextSpan Span, bool IsInitials)> In(string text, string folded, bool wholeWords = true)
    {
        if (IsEmpty) yield break;
        foreach (Match match in (wholeWords ? _whole : _anywhere).Matches(folded)) yield return (new TextSpan(match.Index, match.Index + match.Length), false);
        if (_initials is null) yield break;
        foreach (Match match in _initials.Matches(text)) yield return (new TextSpan(match.Index, match.Index + match.Length), true);
    }

    /// <summary>The capital letters of initials as the table lists them ("D.P." and "DP" are both D, P).</summary>
    public static string Letters(string? initials) => initials is null ? "" : new string(initials.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());

    /// <summary>The words of a folded name: runs of letters, digits and their marks.</summary>
    public static IReadOnlyList<string> WordsOf(string folded) => Regex.Split(folded, @"[^\p{L}\p{N}\p{M}]+").Where(w => w.Length > 0).ToList();
}
