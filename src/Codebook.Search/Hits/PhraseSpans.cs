using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Codebook.Search.Hits;

/// <summary>A phrase as spans, read from the index's positions for one passage: the passage was indexed with the
/// analyzer that analyses it again for marking, so its positions are those the highlighter would find. One per
/// query: the spans of each segment are opened once and moved forward from hit to hit, so hits must be asked for in
/// the order of their document numbers.</summary>
internal sealed class PhraseSpans(SpanNearQuery query, IReadOnlySet<string> words)
{
    /// <summary>The spans opened in each segment (by its ordinal), or null once they have passed its last document.</summary>
    private readonly Dictionary<int, Spans?> opened = [];

    public IReadOnlySet<string> Words => words;

    /// <summary>The positions each occurrence in document <paramref name="doc"/> covers, first and last included.</summary>
    public List<(int First, int Last)> In(IndexSearcher searcher, int doc)
    {
        var found = new List<(int, int)>();
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        int target = doc - leaf.DocBase;
        if (!opened.TryGetValue(leaf.Ord, out var spans))
        {
            // Without term contexts, each span term looks itself up in this segment.
            spans = query.GetSpans(leaf, leaf.AtomicReader.LiveDocs, new Dictionary<Term, TermContext>());
            // Spans stand before their first document until moved.
            if (!spans.SkipTo(target)) spans = null;
        }
        // SkipTo always moves on, so only when the spans stand before the document.
        else if (spans is not null && spans.Doc < target && !spans.SkipTo(target))
        {
            spans = null;
        }
        while (spans is not null && spans.Doc == target)
        {
            found.Add((spans.Start, spans.End - 1));
            if (!spans.MoveNext()) spans = null;
        }
        opened[leaf.Ord] = spans;
        return found;
    }
}
