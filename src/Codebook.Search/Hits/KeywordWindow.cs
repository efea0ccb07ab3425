using Codebook.Core.Model;
using Codebook.Core.Search;

namespace Codebook.Search.Hits;

/// <summary>Cuts a passage down to its first matches with a few words either side.</summary>
internal static class KeywordWindow
{
    public const int WordsAround = 6;

    /// <summary>Matches further than this from the first one are left out of the excerpt.</summary>
    private const int MaxSpread = 160;

    /// <param name="marks">Matches as offsets into <paramref name="text"/>, in order.</param>
    public static KeywordInContext Cut(string text, IReadOnlyList<TextSpan> marks)
    {
        if (marks.Count == 0)
        {
            int end = WordEnd(text, 0, WordsAround * 2);
            return new KeywordInContext(text[..end].TrimEnd(), [], false, end < text.Length);
        }
        // The first mark, and those that end close enough after it (marks are in order, so they are the first few).
        int shown = 1;
        while (shown < marks.Count && marks[shown].End - marks[0].Start <= MaxSpread) shown++;
        int from = WordStart(text, marks[0].Start, WordsAround);
        int to = WordEnd(text, marks[shown - 1].End, WordsAround);
        var relative = new List<TextSpan>(shown);
        for (int i = 0; i < shown; i++) relative.Add(new TextSpan(marks[i].Start - from, marks[i].End - from));
        return new KeywordInContext(text[from..to], relative, from > 0, to < text.Length);
    }

    /// <summary>Start of the word <paramref name="words"/> words before <paramref name="offset"/>.</summary>
    private static int WordStart(string text, int offset, int words)
    {
        int i = offset;
        for (int n = 0; n < words && i > 0; n++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }

    /// <summary>End of the word <paramref name="words"/> words after <paramref name="offset"/>.</summary>
    private static int WordEnd(string text, int offset, int words)
    {
        int i = offset;
        for (int n = 0; n < words && i < text.Length; n++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        }
        return i;
    }
}
