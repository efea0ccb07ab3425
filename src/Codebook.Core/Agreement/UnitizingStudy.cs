namespace Codebook.Core.Agreement;

/// <summary>What unitizing α is computed over: continua of given lengths (one per transcript), a number of coders, and
/// the segments they marked. A coder's overlapping segments of one category are joined, since α_U takes
/// each coder's unitizing of a category as one sequence of units and gaps. Each category's units and the continua it
/// occurs on are kept apart, since a category occurs on few of many transcripts.</summary>
public sealed class UnitizingStudy
{
    private readonly Dictionary<(string Category, int Continuum, int Coder), List<UnitizedSegment>> _byPlace;
    private readonly Dictionary<string, List<UnitizedSegment>> _byCategory;
    private readonly Dictionary<string, int[]> _continuaOf;

    public UnitizingStudy(IReadOnlyList<long> continua, int coders, IEnumerable<UnitizedSegment> segments)
    {
        Continua = continua;
        Coders = coders;
        Segments = segments
            .Where(s => s.Length > 0)
            .GroupBy(s => (s.Continuum, s.Coder, s.Category))
            .SelectMany(g => Join(g.OrderBy(s => s.Start)))
            .ToList();
        _byPlace = Segments.GroupBy(s => (s.Category, s.Continuum, s.Coder)).ToDictionary(g => g.Key, g => g.ToList());
        _byCategory = Segments.GroupBy(s => s.Category).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _continuaOf = _byCategory.ToDictionary(c => c.Key, c => c.Value.Select(s => s.Continuum).Distinct().Order().ToArray(), StringComparer.Ordinal);
        Length = continua.Sum();
    }

    public IReadOnlyList<long> Continua { get; }

    public int Coders { get; }

    public IReadOnlyList<UnitizedSegment> Segments { get; }

    /// <summary>L: the length of all continua together.</summary>
    public long Length { get; }

    /// <summary>One coder's joined segments of a category on one continuum, in order.</summary>
    public IReadOnlyList<UnitizedSegment> SegmentsOf(string category, int continuum, int coder) =>
        _byPlace.TryGetValue((category, continuum, coder), out var found) ? found : [];

    /// <summary>The segments of a category, in the order of <see cref="Segments"/>.</summary>
    public IReadOnlyList<UnitizedSegment> SegmentsOf(string category) => _byCategory.TryGetValue(category, out var found) ? found : [];

    /// <summary>The continua a category occurs on, in order; on the others every coder's continuum is one gap.</summary>
    public IReadOnlyList<int> ContinuaOf(string category) => _continuaOf.TryGetValue(category, out var found) ? found : [];

    public IReadOnlyList<string> Categories => Segments.Select(s => s.Category).Distinct().Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<UnitizedSegment> Join(IEnumerable<UnitizedSegment> sorted)
    {
        UnitizedSegment? current = null;
        foreach (var segment in sorted)
        {
            if (current is not null && segment.Start < current.End)
            {
                current = current with { Length = Math.Max(current.End, segment.End) - current.Start };
                continue;
            }
            if (current is not null) yield return current;
            current = segment;
        }
        if (current is not null) yield return current;
    }
}
