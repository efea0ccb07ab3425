using Codebook.Core.Text;

namespace Codebook.Core.Revisions;

/// <summary>How much of a text's wording another text has, ignoring order. It is quick, and a diff never finds more
/// words in common, so it tells two different interviews apart before paying for a diff of two unrelated texts
/// (the diff's cost grows with the number of differences).</summary>
public static class SharedWords
{
    /// <summary>The share, from 0 to 1, of the letters in <paramref name="oldText"/>'s words that
    /// <paramref name="newText"/> has as many times.</summary>
    public static double ShareOf(string oldText, string newText)
    {
        var available = WordsOf(newText).CountBy(w => w, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var (total, shared) = (0, 0);
        foreach (var word in WordsOf(oldText))
        {
            total += word.Length;
            if (available.GetValueOrDefault(word) is var left and > 0)
            {
                available[word] = left - 1;
                shared += word.Length;
            }
        }
        return total == 0 ? 1 : (double)shared / total;
    }

    private static IEnumerable<string> WordsOf(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && Words.IsWordPart(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
