using System.Globalization;
using System.Text;

namespace Codebook.Core.Text;

/// <summary>The one home of accent folding: every comparison that ignores accents (speaker labels, speaker and real
/// names, matched text, theme search, ids) folds through here, so that "Enquêteur", "ENQUETEUR" and a decomposed
/// "Enque\u0302teur" are one label everywhere.</summary>
public static class Folding
{
    /// <summary>The text without its accents (non-spacing marks), recomposed: "Évaluación" gives "Evaluacion".</summary>
    public static string RemoveAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key two spellings of a name share: trimmed, composed, then folded unit for unit
    /// (<see cref="UnitForUnit"/>), so "LUCÍA", "Lucia" and "lucía" are one speaker or one real name.</summary>
    public static string NameKey(string name) => UnitForUnit(name.Trim().Normalize(NormalizationForm.FormC));

    /// <summary>The key two spellings of a speaker label share in a transcript file: no accents, upper case, single
    /// spaces ("Enquêteur  1" and "ENQUETEUR 1").</summary>
    public static string LabelKey(string label) =>
        string.Join(' ', RemoveAccents(label).ToUpperInvariant().Split(Spaces, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text with case, accents, apostrophe style and no-break spaces folded, one UTF-16 unit for one, so
    /// that an offset found in the folded text is the same offset in the text. A precomposed letter loses its accent;
    /// a combining mark of a decomposed one stays (removing it would move the offsets after it), which is why the text
    /// to search is composed on import and a needle before it is folded.</summary>
    public static string UnitForUnit(string text) =>
        string.Create(text.Length, text, static (folded, source) =>
        {
            for (int i = 0; i < source.Length; i++) folded[i] = Fold(source[i]);
        });

    private static readonly char[] Spaces = [' ', '\t', '\u00A0', '\u202F'];

    private static char Fold(char c) => c switch
    {
        < '\u0080' => char.ToLowerInvariant(c),
        '\u2019' or '\u02BC' => '\'',
        '\u00A0' or '\u202F' => ' ',
        _ when char.IsSurrogate(c) => c,
        _ => char.ToLowerInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]),
    };
}
