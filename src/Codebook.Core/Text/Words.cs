using System.Globalization;

namespace Codebook.Core.Text;

/// <summary>The one definition of what a word is made of, for counting words, snapping a span to whole words,
/// diffing revisions word by word and finding word starts: letters, digits and the combining marks that belong to
/// them (so a decomposed "e\u0301te\u0301" is one word, as "été" is), with apostrophes and hyphens inside a word
/// ("aujourd'hui", "l’école", "peut-être") joining it rather than starting one.</summary>
public static class Words
{
    /// <summary>A letter, a digit or a combining mark (non-spacing, spacing or enclosing).</summary>
    public static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Apostrophes (' and ’) and the hyphen: part of a word inside one, not a start of one.</summary>
    public static bool IsJoiner(char c) => c is '\'' or '’' or '-';

    /// <summary>Whether a word starts or ends at <paramref name="offset"/>: not between two word parts.</summary>
    public static bool IsBoundary(string text, int offset) =>
        offset <= 0 || offset >= text.Length || !IsWordPart(text[offset - 1]) || !IsWordPart(text[offset]);
}
