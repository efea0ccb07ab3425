using Codebook.Core.Model;
using Codebook.Core.Text;

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
        while (!Words.IsBoundary(text, start)) start--;
        while (!Words.IsBoundary(text, end)) end++;
        return new TextSpan(start, end);
    }
}
