using System.Numerics;
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
    /// in that part of the text: 64 characters at a time, a word starting at each word part whose previous character in
    /// the span is not one, less the word parts that follow a joiner (or a run of them) that follows a word part, which
    /// continue its word.</summary>
    public int CountWords(TextSpan span)
    {
        if (span.Length <= 0) return 0;
        int words = 0;
        ulong previous = 0; // the last character of the block before, as bit 0
        int last = (span.End - 1) >> 6;
        for (int block = span.Start >> 6; block <= last; block++)
        {
            ulong letters = _letters[block];
            if (block == span.Start >> 6) letters &= ulong.MaxValue << (span.Start & 63);
            if (block == last && (span.End & 63) != 0) letters &= (1UL << (span.End & 63)) - 1;
            words += BitOperations.PopCount(letters & ~((letters << 1) | previous));
            previous = letters >> 63;
        }
        for (int j = FirstJoinerFrom(span.Start); j < _joiners.Length && _joiners[j] < span.End; j++)
        {
            int first = _joiners[j];
            while (j + 1 < _joiners.Length && _joiners[j + 1] == _joiners[j] + 1) j++;
            int after = _joiners[j] + 1;
            if (first > span.Start && IsLetter(first - 1) && after < span.End && IsLetter(after)) words--;
        }
        return words;
    }

    private bool IsLetter(int offset) => (_letters[offset >> 6] & (1UL << offset)) != 0;

    private int FirstJoinerFrom(int offset)
    {
        int found = Array.BinarySearch(_joiners, offset);
        return found >= 0 ? found : ~found;
    }
}
