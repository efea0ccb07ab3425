using Codebook.Core.Model;
using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Codebook.Search.Hits;

/// <summary>Finds the words of a passage that a query matched, by analysing the stored text again with the
/// field's analyzer and scoring each token with the highlighter's <see cref="QueryScorer"/>. That needs no term
/// vectors in the index, and phrases are only marked where the whole phrase occurs.</summary>
internal static class MatchFinder
{
    /// <returns>Offsets into <paramref name="text"/>, in order, without overlaps.</returns>
    public static IReadOnlyList<TextSpan> Find(Query query, Analyzer analyzer, string text, string language)
    {
        var matches = new List<TextSpan>();
        // A word may match as written (folded field) or by its stem (the language's field).
        foreach (var field in new[] { Fields.Text, Analyzers.TextFieldFor(language) })
        {
            if (field is null) continue;
            var recorder = new MatchRecorder();
            var highlighter = new Highlighter(recorder, new QueryScorer(query, field)) { TextFragmenter = new NullFragmenter() };
            using var tokens = analyzer.GetTokenStream(field, text);
            highlighter.GetBestTextFragments(tokens, text, false, 1);
            matches.AddRange(recorder.Matches);
        }
        return Merge(matches);
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }
}
