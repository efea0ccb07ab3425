using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Search.Hits;
using Codebook.Search.Queries;
using Lucene.Net.Search;

namespace Codebook.Search.Indexing;

public sealed partial class PassageIndex
{
    /// <summary>The best <paramref name="max"/> passages for a query in Lucene's syntax, best first.</summary>
    /// <exception cref="Codebook.Core.Errors.CodebookException">The query cannot be read (ErrorCode.Usage).</exception>
    public IReadOnlyList<SearchHit> Search(string query, int max) => Find(query, max).Hits;

    /// <summary>The best <paramref name="max"/> passages, and how many the query finds in all.</summary>
    /// <exception cref="Codebook.Core.Errors.CodebookException">The query cannot be read (ErrorCode.Usage).</exception>
    public SearchResults Find(string query, int max)
    {
        var compiled = QueryCompiler.Compile(query, queryAnalyzer);
        var searcher = Acquire();
        try
        {
            // Lucene sizes its queue by the number asked for: never more than the index holds (autocode asks for all).
            var top = searcher.Search(compiled, Math.Clamp(max, 1, Math.Max(1, searcher.IndexReader.MaxDoc)));
            var planned = QueryTerms.Of(compiled);
            var hits = new SearchHit[top.ScoreDocs.Length];
            // In document order, as a phrase's spans move forward through each segment; returned best first.
            foreach (var rank in Enumerable.Range(0, hits.Length).OrderBy(i => top.ScoreDocs[i].Doc))
            {
                hits[rank] = ToHit(compiled, planned, searcher, top.ScoreDocs[rank]);
            }
            return new SearchResults(top.TotalHits, hits);
        }
        finally
        {
            Release(searcher);
        }
    }

    /// <summary>How many passages are indexed.</summary>
    public int Count()
    {
        var searcher = Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            Release(searcher);
        }
    }

    private SearchHit ToHit(Query query, QueryTerms? planned, IndexSearcher searcher, ScoreDoc hit)
    {
        var passage = PassageRecord.Read(searcher.IndexReader, hit.Doc);
        var (text, start) = (passage.Text, passage.Hit.Span.Start);
        var marks = MatchFinder.Find(query, planned, analyzer, words, searcher, hit.Doc, text, passage.Hit.Language);
        var matches = new List<TextSpan>(marks.Count);
        for (int i = 0; i < marks.Count; i++) matches.Add(new TextSpan(start + marks[i].Start, start + marks[i].End));
        return passage.Hit with
        {
            Line = passage.FileLine(marks.Count > 0 ? text.AsSpan(0, marks[0].Start).Count('\n') : 0),
            Score = hit.Score,
            Matches = matches,
            Context = KeywordWindow.Cut(text, marks),
        };
    }
}
