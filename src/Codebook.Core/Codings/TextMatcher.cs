using System.Text;
using Codebook.Core.Model;

namespace Codebook.Core.Codings;

/// <summary>Finds a text ignoring case, accents and apostrophe style, so "evaluacion" finds "Evaluación" and
/// "l'ecole" finds "l’école". Folding maps each UTF-16 unit to one unit, so offsets in the folded text are
/// offsets in the transcript.</summary>
internal static class TextMatcher
{
    /// <summary>Non-overlapping matches, in text order.</summary>
    public static IEnumerable<TextSpan> FindAll(string text, string needle)
    {
        var folded = Fold(text);
        var key = Fold(needle.Normalize(NormalizationForm.FormC));
        for (int at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(key, at + key.Length, StringComparison.Ordinal))
        {
            yield return new TextSpan(at, at + key.Length);
        }
    }

    /// <summary>The text folded unit for unit: same length, so offsets carry over.</summary>
    internal static string Fold(string text) =>
        string.Create(text.Length, text, static (folded, source) =>
        {
            for (int i = 0; i < source.Length; i++) folded[i] = Fold(source[i]);
        });

    private static char Fold(char c) => c switch
    {
        < '\u0080' => char.ToLowerInvariant(c),
        '\u2019' or '\u02BC' => '\'',
        '\u00A0' or '\u202F' => ' ',
        _ when char.IsSurrogate(c) => c,
        _ => char.ToLowerInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]),
    };
}
