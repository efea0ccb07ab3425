using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Codebook.Search.Hits;

/// <summary>A phrase as spans, read from the index's positions for one passage: the passage was indexed with the
/// analyzer that analyses it again for marking, so its positions are those the highlighter would find.</summary>
internal sealed record PhraseSpans(SpanNearQuery Query, IReadOnlySet<string> Words)
{
    /// <summary>The positions each occurrence covers, first and last included.</summary>
    public List<(int First, int Last)> In(IndexSearcher searcher, int doc)
    {
        var found = new List<(int, int)>();
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        int target = doc - leaf.DocBase;
        // Without term contexts, each span term looks itself up in this segment.
        var spans = Query.GetSpans(leaf, leaf.AtomicReader.LiveDocs, new Dictionary<Term, TermContext>());
        if (!spans.SkipTo(target) || spans.Doc != target) return found;
        do
        {
            found.Add((spans.Start, spans.End - 1));
        }
        while (spans.MoveNext() && spans.Doc == target);
        return found;
    }
}
