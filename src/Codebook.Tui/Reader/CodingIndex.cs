using Codebook.Core.Model;

namespace Codebook.Tui.Reader;

/// <summary>One transcript's codings sorted by start, with the furthest end seen so far, so the codings over a row
/// are found without scanning them all (thousands of codings on a long transcript).</summary>
public sealed class CodingIndex
{
    private readonly Coding[] _byStart;
    private readonly int[] _maxEnd;

    public CodingIndex(IEnumerable<Coding> codings)
    {
        _byStart = codings.OrderBy(c => c.Start).ThenBy(c => c.End).ToArray();
        _maxEnd = new int[_byStart.Length];
        for (int i = 0, max = 0; i < _byStart.Length; i++) _maxEnd[i] = max = Math.Max(max, _byStart[i].End);
        Coders = _byStart.Select(c => c.Coder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Coding> All => _byStart;

    /// <summary>Everyone who coded this transcript, in name order: one stripe column each.</summary>
    public IReadOnlyList<string> Coders { get; }

    /// <summary>Codings that share at least one character with <paramref name="span"/>.</summary>
    public IEnumerable<Coding> Overlapping(TextSpan span)
    {
        int last = LastStartingBefore(span.End);
        for (int i = last; i >= 0 && _maxEnd[i] > span.Start; i--)
        {
            if (_byStart[i].End > span.Start) yield return _byStart[i];
        }
    }

    /// <summary>Codings covering the character at <paramref name="offset"/>, the shortest (innermost) first.</summary>
    public IReadOnlyList<Coding> At(int offset) =>
        Overlapping(new TextSpan(offset, offset + 1)).OrderBy(c => c.End - c.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

    /// <summary>The first coding starting after <paramref name="offset"/>, or null.</summary>
    public Coding? NextAfter(int offset) => _byStart.FirstOrDefault(c => c.Start > offset);

    /// <summary>The last coding starting before <paramref name="offset"/>, or null.</summary>
    public Coding? PreviousBefore(int offset) => _byStart.LastOrDefault(c => c.Start < offset);

    private int LastStartingBefore(int end)
    {
        int lo = 0, hi = _byStart.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_byStart[mid].Start < end) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
