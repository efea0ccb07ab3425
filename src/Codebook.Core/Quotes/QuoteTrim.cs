using System.Text.RegularExpressions;
using Codebook.Core.Model;

namespace Codebook.Core.Quotes;

/// <summary>Shortens a long quote at sentence borders: its first sentences and its last ones, up to about half the
/// word budget each, with "[…]" where the middle was; never cuts inside a sentence.</summary>
public static partial class QuoteTrim
{
    public const string Gap = "[…]";

    /// <returns>The text, shortened when it has more than <paramref name="maxWords"/> words and more than two sentences.</returns>
    public static (string Text, bool Trimmed) Shorten(string text, int maxWords)
    {
        if (TextStatistics.CountWords(text) <= maxWords) return (text, false);
        var sentences = SentenceEnd().Split(text.Trim()).Where(s => s.Length > 0).ToList();
        if (sentences.Count <= 2) return (text, false);
        int head = 1, budget = Math.Max(maxWords / 2, TextStatistics.CountWords(sentences[0]));
        int used = TextStatistics.CountWords(sentences[0]);
        while (head < sentences.Count - 1 && used + TextStatistics.CountWords(sentences[head]) <= budget) used += TextStatistics.CountWords(sentences[head++]);
        int tail = sentences.Count;
        while (tail - 1 > head && used + TextStatistics.CountWords(sentences[tail - 1]) <= maxWords) used += TextStatistics.CountWords(sentences[--tail]);
        var kept = sentences.Take(head).Append(Gap).Concat(sentences.Skip(tail));
        return (string.Join(" ", kept), true);
    }

    /// <summary>Space after ".", "!", "?" or "…" (and a closing quote or bracket), or a line break.</summary>
    [GeneratedRegex(@"(?<=[.!?…][»""”)\]]?)\s+|\n+")]
    private static partial Regex SentenceEnd();
}
