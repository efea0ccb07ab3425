using Codebook.Core.Text;

namespace Codebook.Core.Model;

/// <summary>Counts shared by listings and analyses, so that every view counts words the same way.</summary>
public static class TextStatistics
{
    /// <summary>Words are maximal runs of word parts (<see cref="Words.IsWordPart"/>), apostrophes and hyphens inside
    /// them included.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = new WordCounter();
        foreach (char c in text) words.Next(Words.IsWordPart(c), Words.IsJoiner(c));
        return words.Count;
    }
}
