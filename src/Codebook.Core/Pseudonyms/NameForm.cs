using System.Text.RegularExpressions;
using Codebook.Core.Text;

namespace Codebook.Core.Pseudonyms;

/// <summary>Writes a pseudonym the way the real name it replaces was written: in capitals for "DIDIER PUJADE", in
/// the slug or id form of "didier-pujade" and "DIDIER_PUJADE" (the same joiner, no accents), as initials for
/// initials, as the table lists it otherwise.</summary>
internal static partial class NameForm
{
    /// <param name="text">The whole text, to see whether the name stands inside an id ("entretien-pujade").</param>
    /// <param name="words">How many words the real name has: "didierpujade" is two words written as one.</param>
    public static string Write(string pseudonym, string text, int start, int end, bool isInitials, int words)
    {
        var written = text[start..end];
        if (isInitials) return Initials(pseudonym, written);
        var joiner = Joiner().Match(written) is { Success: true } inside ? inside.Value : words > 1 ? "" : null;
        bool isId = joiner is not null ? joiner != " " : IdNeighbour(text, start - 1) || IdNeighbour(text, end);
        var parts = pseudonym.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = isId ? Folding.RemoveAccents(string.Join(joiner is null or " " ? "-" : joiner, parts)) : pseudonym;
        var letters = written.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper)) return result.ToUpperInvariant();
        if (letters.Count > 0 && letters.All(char.IsLower) && (isId || !pseudonym.Any(char.IsUpper))) return result.ToLowerInvariant();
        return result;
    }

    /// <summary>"P.M." for "D.P.", "P. M." for "D. P.", "PM" for "DP".</summary>
    private static string Initials(string pseudonym, string written)
    {
        var letters = pseudonym.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(Folding.RemoveAccents(w)[0])).ToList();
        if (letters.Count == 0) return pseudonym;
        if (!written.Contains('.')) return string.Concat(letters);
        return string.Join(written.Contains(". ") ? " " : "", letters.Select(l => $"{l}."));
    }

    private static bool IdNeighbour(string text, int at) => at >= 0 && at < text.Length && text[at] is '-' or '_';

    /// <summary>What joins the words of a name as written: the first run of joiners between two letters.</summary>
    [GeneratedRegex(@"(?<=\p{L})[ \t\-_.']+(?=\p{L})")]
    private static partial Regex Joiner();
}
