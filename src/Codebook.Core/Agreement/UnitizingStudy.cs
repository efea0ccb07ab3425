namespace Codebook.Core.Agreement;

/// <summary>What unitizing α is computed over: continua of given lengths (one per transcript), a number of coders, and
/// the segments they marked. A coder's overlapping segments of one category are joined, since α_U takes
/// each coder's unitizing of a category as one sequence of units and gaps. Each category's units and the continua it
/// occurs on are kept apart, since a category occurs on few of many transcripts.</summary>
public sealed class UnitizingStudy
{
    // By category, then by place (continuum and coder): no string in a key that is looked up for each continuum.
    private readonly Dictionary<string, Dictionary<(int Continuum, int Coder), List<UnitizedSegment>>> _byPlace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<UnitizedSegment>> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _continuaOf;
    private readonly Lazy<Gaps> _whole;

    public UnitizingStudy(IReadOnlyList<long> continua, int coders, IEnumerable<UnitizedSegment> segments)
    {
        Continua = continua;
        Coders = coders;
        // Places in the order they first occur, each one's segments then joined: a loop, since most places hold one
        // segment and grouping them through LINQ cost more than all the rest of α_U.
        var places = new List<List<UnitizedSegment>>();
        foreach (var segment in segments.Where(s => s.Length > 0))
        {
            if (!_byPlace.TryGetValue(segment.Category, out var ofCategory)) _byPlace[segment.Category] = ofCategory = [];
            if (!ofCategory.TryGetValue((segment.Continuum, segment.Coder), out var here))
            {
                ofCategory[(segment.Continuum, segment.Coder)] = here = [];
                places.Add(here);
            }
            here.Add(segment);
        }
        foreach (var place in places) Join(place);
        Segments = places.SelectMany(joined => joined).ToList();
        foreach (var segment in Segments)
        {
            if (!_byCategory.TryGetValue(segment.Category, out var ofCategory)) _byCategory[segment.Category] = ofCategory = [];
            ofCategory.Add(segment);
        }
        _continuaOf = _byPlace.ToDictionary(c => c.Key, c => c.Value.Keys.Select(p => p.Continuum).Distinct().Order().ToArray(), StringComparer.Ordinal);
        Length = continua.Sum();
        _whole = new Lazy<Gaps>(() => new Gaps(continua));
    }

    public IReadOnlyList<long> Continua { get; }

    public int Coders { get; }

    public IReadOnlyList<UnitizedSegment> Segments { get; }

    /// <summary>L: the length of all continua together.</summary>
    public long Length { get; }

    /// <summary>One coder's joined segments of a category on one continuum, in order.</summary>
    public IReadOnlyList<UnitizedSegment> SegmentsOf(string category, int continuum, int coder) =>
        _byPlace.TryGetValue(category, out var ofCategory) && ofCategory.TryGetValue((continuum, coder), out var found) ? found : [];

    /// <summary>The segments of a category, in the order of <see cref="Segments"/>.</summary>
    public IReadOnlyList<UnitizedSegment> SegmentsOf(string category) => _byCategory.TryGetValue(category, out var found) ? found : [];

    /// <summary>The continua a category occurs on, in order; on the others every coder's continuum is one gap.</summary>
    public IReadOnlyList<int> ContinuaOf(string category) => _continuaOf.TryGetValue(category, out var found) ? found : [];

    /// <summary>Every continuum as one gap its whole length, as each coder's continuum is where they marked nothing.</summary>
    internal Gaps WholeContinua => _whole.Value;

    public IReadOnlyList<string> Categories => Segments.Select(s => s.Category).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Sorts one place's segments and joins those that overlap, in place.</summary>
    private static void Join(List<UnitizedSegment> place)
    {
        if (place.Count == 1) return;
        // Segments starting together are joined into one whatever their order, so an unstable sort will do.
        place.Sort((a, b) => a.Start.CompareTo(b.Start));
        int kept = 0;
        for (int i = 0; i < place.Count; i++)
        {
            var segment = place[i];
            if (kept > 0 && segment.Start < place[kept - 1].End)
            {
                place[kept - 1] = place[kept - 1] with { Length = Math.Max(place[kept - 1].End, segment.End) - place[kept - 1].Start };
            }
            else place[kept++] = segment;
        }
        place.RemoveRange(kept, place.Count - kept);
    }
}
