using Codebook.Core.Model;

namespace Codebook.Core.Pseudonyms;

/// <summary>A text with the table's real names replaced: each replacement where it was and where its pseudonym now
/// stands (so the check for real names left over does not trip on a pseudonym that contains one, and offsets into
/// the original text can be carried over).</summary>
public sealed record Pseudonymised(string Text, IReadOnlyList<(TextSpan Original, TextSpan Written)> Changes)
{
    public int Replacements => Changes.Count;

    /// <summary>Where an offset of the original text is in this one. An offset inside a replaced name goes to the
    /// start of its pseudonym, or to its end for the <paramref name="end"/> of a span.</summary>
    public int Position(int offset, bool end = false)
    {
        int shift = 0;
        foreach (var (original, written) in Changes)
        {
            if (offset <= original.Start) break;
            if (offset < original.End) return end ? written.End : written.Start;
            shift = written.End - original.End;
        }
        return offset + shift;
    }
}
