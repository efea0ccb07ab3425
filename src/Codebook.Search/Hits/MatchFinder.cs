using Codebook.Core.Model;
using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Codebook.Search.Hits;

/// <summary>Finds the words of a passage that a query matched, by analysing the stored text again with the
/// field's analyzer. Words and patterns are looked up in the query's <see cref="QueryTerms"/>, read once per query,
/// and phrases in the index's positions, so phrases are only marked where the whole phrase occurs; the index needs
/// no term vectors. Queries <see cref="QueryTerms"/> does not plan go to the highlighter's <see cref="QueryScorer"/>,
/// which marks the same words but builds a one-passage index per hit to do it.</summary>
internal static class MatchFinder
{
    /// <returns>Offsets into <paramref name="text"/>, in order, without overlaps.</returns>
    public static IReadOnlyList<TextSpan> Find(Query query, QueryTerms? planned, Analyzer analyzer, IndexSearcher searcher, int doc,
        string text, string language)
    {
        var matches = new List<TextSpan>();
        // A word may match as written (folded field) or by its stem (the language's field).
        foreach (var field in new[] { Fields.Text, Analyzers.TextFieldFor(language) })
        {
            if (field is null) continue;
            // The highlighter reads no further than its limit; so the rare longer passage is left to it.
            if (planned is null || text.Length > Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE) Highlight(query, analyzer, field, text, matches);
            else if (planned.For(field) is { } terms) Mark(terms, analyzer, field, text, searcher, doc, matches);
        }
        return Merge(matches);
    }

    private static void Mark(FieldTerms terms, Analyzer analyzer, string field, string text, IndexSearcher searcher, int doc,
        List<TextSpan> matches)
    {
        var phrases = new Dictionary<string, List<(int First, int Last)>>(StringComparer.Ordinal);
        foreach (var phrase in terms.Phrases)
        {
            var spans = phrase.In(searcher, doc);
            if (spans.Count == 0) continue;
            foreach (var word in phrase.Words)
            {
                if (!phrases.TryGetValue(word, out var positions)) phrases[word] = positions = [];
                positions.AddRange(spans);
            }
        }
        if (terms.Words.Count == 0 && terms.Patterns.Count == 0 && phrases.Count == 0) return;

        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var offset = tokens.AddAttribute<IOffsetAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        tokens.Reset();
        // Counted as the index counts positions, so a phrase's spans line up.
        int position = -1;
        while (tokens.IncrementToken())
        {
            position += increment.PositionIncrement;
            var word = term.ToString();
            if (terms.MarksAnywhere(word) || (phrases.TryGetValue(word, out var spans) && spans.Any(s => s.First <= position && position <= s.Last)))
            {
                matches.Add(new TextSpan(offset.StartOffset, offset.EndOffset));
            }
        }
        tokens.End();
    }

    private static void Highlight(Query query, Analyzer analyzer, string field, string text, List<TextSpan> matches)
    {
        var recorder = new MatchRecorder();
        var highlighter = new Highlighter(recorder, new QueryScorer(query, field)) { TextFragmenter = new NullFragmenter() };
        using var tokens = analyzer.GetTokenStream(field, text);
        highlighter.GetBestTextFragments(tokens, text, false, 1);
        matches.AddRange(recorder.Matches);
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
