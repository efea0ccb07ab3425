namespace Codebook.Core.Model;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets into a transcript's normalised text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"{Start}:{End}";
}
