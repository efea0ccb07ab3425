using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Search;

namespace Codebook.Core.Analysis;

/// <summary>Limits an analysis to some passages (what a query returns): a coding counts when its span overlaps
/// one of them. The whole coding counts, not only the part inside the passage.</summary>
public sealed class PassageRestriction
{
    private readonly ILookup<string, TextSpan> _spans;

    public PassageRestriction(IEnumerable<Passage> passages)
    {
        _spans = passages.ToLookup(p => p.TranscriptId, p => p.Span, StringComparer.Ordinal);
    }

    /// <summary>The passages a search found.</summary>
    public static PassageRestriction Of(IEnumerable<SearchHit> hits) =>
        new(hits.Select(h => new Passage(h.TranscriptId, h.PassageIndex, h.TurnIndex, h.Span)));

    /// <summary>Every passage <paramref name="query"/> finds: asked for its total first, so the index never sizes a
    /// result for more.</summary>
    public static PassageRestriction Found(ISearchIndex index, string query)
    {
        var total = index.Search(query, 1).Total;
        return Of(total == 0 ? [] : index.Search(query, total).Hits);
    }

    public bool Admits(Coding coding) => _spans[coding.TranscriptId].Any(span => span.Overlaps(coding.Span));
}
