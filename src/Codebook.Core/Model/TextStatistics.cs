namespace Codebook.Core.Model;

/// <summary>Counts shared by listings and analyses, so that every view counts words the same way.</summary>
public static class TextStatistics
{
    /// <summary>Words are maximal runs of letters or digits, apostrophes and hyphens inside them included.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool wordChar = char.IsLetterOrDigit(c) || (inWord && (c is '\'' or '’' or '-'));
            if (wordChar && !inWord) count++;
            inWord = wordChar;
        }
        return count;
    }
}
