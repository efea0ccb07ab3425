namespace Codebook.Core.Agreement;

/// <summary>A stretch that one coder marked with a category on one continuum (a transcript), <c>[Start, Start+Length)</c>.</summary>
public sealed record UnitizedSegment(int Continuum, int Coder, long Start, long Length, string Category)
{
    public long End => Start + Length;
}
