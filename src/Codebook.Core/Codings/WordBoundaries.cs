using System.Globalization;
using Codebook.Core.Model;

namespace Codebook.Core.Codings;

/// <summary>Snaps a span chosen by hand to whole words: surrounding whitespace dropped, a word cut in two widened to
/// the whole word. Punctuation at the edges is kept as chosen (quotes, «guillemets»).</summary>
public static class WordBoundaries
{
    public static TextSpan Snap(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start == end) return new TextSpan(start, start);
        while (start > 0 && IsWordPart(text[start]) && IsWordPart(text[start - 1])) start--;
        while (end < text.Length && IsWordPart(text[end - 1]) && IsWordPart(text[end])) end++;
        return new TextSpan(start, end);
    }

    internal static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
