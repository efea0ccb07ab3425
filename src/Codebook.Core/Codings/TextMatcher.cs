using System.Text;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Codings;

/// <summary>Finds a text ignoring case, accents and apostrophe style, so "evaluacion" finds "Evaluación" and
/// "l'ecole" finds "l’école". The text is folded unit for unit (<see cref="Folding.UnitForUnit"/>), so offsets in
/// the folded text are offsets in the transcript.</summary>
internal static class TextMatcher
{
    /// <summary>Non-overlapping matches, in text order.</summary>
    public static IEnumerable<TextSpan> FindAll(string text, string needle)
    {
        var folded = Folding.UnitForUnit(text);
        var key = Folding.UnitForUnit(needle.Normalize(NormalizationForm.FormC));
        for (int at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(key, at + key.Length, StringComparison.Ordinal))
        {
            yield return new TextSpan(at, at + key.Length);
        }
    }
}
