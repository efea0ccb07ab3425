namespace Codebook.Core.Agreement;

/// <summary>The gaps of a category's continua, sorted, with the sums of their lengths from each one to the longest:
/// how many places a unit of length l could take in them is then one binary search, not a pass over every gap.</summary>
internal sealed class Gaps
{
    private readonly long[] _lengths;
    private readonly long[] _sumFrom;

    public Gaps(IEnumerable<long> lengths)
    {
        _lengths = lengths.Order().ToArray();
        _sumFrom = new long[_lengths.Length + 1];
        for (int i = _lengths.Length - 1; i >= 0; i--) _sumFrom[i] = _sumFrom[i + 1] + _lengths[i];
    }

    /// <summary>Σ_{gaps g ≥ l} (g - l + 1): the places a unit of length l fits, counted in whole numbers (exact).</summary>
    public long PlacesFor(long l)
    {
        int first = FirstAtLeast(l);
        return _sumFrom[first] - (l - 1) * (_lengths.Length - first);
    }

    private int FirstAtLeast(long l)
    {
        int low = 0, high = _lengths.Length;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_lengths[middle] >= l) high = middle;
            else low = middle + 1;
        }
        return low;
    }
}
