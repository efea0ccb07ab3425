namespace Codebook.Core.Model;

/// <summary>Counts shared by listings and analyses, so that every view counts words the same way.</summary>
public static class TextStatistics
{
    /// <summary>Words are maximal runs of letters or digits, apostrophes and hyphens inside them included.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = new WordCounter();
        foreach (char c in text) words.Next(IsLetter(c), IsJoiner(c));
        return words.Count;
    }

    public static bool IsLetter(char c) => char.IsLetterOrDigit(c);

    /// <summary>Apostrophes and hyphens: part of a word inside one ("aujourd'hui", "peut-être"), not a start of one.</summary>
    public static bool IsJoiner(char c) => c is '\'' or '’' or '-';
}
