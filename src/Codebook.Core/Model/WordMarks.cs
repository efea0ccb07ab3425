using Codebook.Core.Text;

namespace Codebook.Core.Model;

/// <summary>What <see cref="TextStatistics.CountWords"/> looks at in a text, kept without the text: which characters
/// are word parts (a bit each) and where the apostrophes and hyphens are (few). A span's words are counted from
/// these exactly as from the text, so analyses count words without reading transcripts.</summary>
public sealed class WordMarks
{
    private readonly ulong[] _letters;
    private readonly int[] _joiners;

    /// <param name="letters">Bit <c>i % 64</c> of element <c>i / 64</c> set when character i is a word part.</param>
    /// <param name="joiners">Offsets of the apostrophes and hyphens, ascending.</param>
    public WordMarks(int length, ulong[] letters, int[] joiners)
    {
        Length = length;
        _letters = letters;
        _joiners = joiners;
    }

    public static WordMarks Of(string text)
    {
        var letters = new ulong[(text.Length + 63) / 64];
        var joiners = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (Words.IsWordPart(text[i])) letters[i >> 6] |= 1UL << i;
            else if (Words.IsJoiner(text[i])) joiners.Add(i);
        }
        return new WordMarks(text.Length, letters, [.. joiners]);
    }

    /// <summary>The length of the text, in characters.</summary>
    public int Length { get; }

    public ReadOnlySpan<ulong> Letters => _letters;

    public ReadOnlySpan<int> Joiners => _joiners;

    /// <summary>The words of the text within <paramref name="span"/>, as <see cref="TextStatistics.CountWords"/> counts them
    /// in that part of the text.</summary>
    public int CountWords(TextSpan span)
    {
        var words = new WordCounter();
        int j = FirstJoinerFrom(span.Start);
        for (int i = span.Start; i < span.End; i++)
        {
            bool joiner = j < _joiners.Length && _joiners[j] == i;
            if (joiner) j++;
            words.Next((_letters[i >> 6] & (1UL << i)) != 0, joiner);
        }
        return words.Count;
    }

    private int FirstJoinerFrom(int offset)
    {
        int found = Array.BinarySearch(_joiners, offset);
        return found >= 0 ? found : ~found;
    }
}
