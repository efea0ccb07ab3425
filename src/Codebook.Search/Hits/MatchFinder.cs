using Codebook.Core.Model;
using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Codebook.Search.Hits;

/// <summary>Finds the words of a passage that a query matched, by cutting the stored text into words again and
/// taking each word's term in each text field from <see cref="PassageWords"/>, as the field's analyzer would give it.
/// Words and patterns are looked up in the query's <see cref="QueryTerms"/>, read once per query, and phrases in the
/// index's positions, so phrases are only marked where the whole phrase occurs; the index needs no term vectors.
/// Queries <see cref="QueryTerms"/> does not plan go to the highlighter's <see cref="QueryScorer"/>, which marks the
/// same words but builds a one-passage index per hit to do it.</summary>
internal static class MatchFinder
{
    /// <summary>One text field's part in marking a hit: what the query names in it, and where its phrases occur.</summary>
    private sealed record Marking(string Field, FieldTerms Terms, Dictionary<string, List<(int First, int Last)>> Phrases)
    {
        public bool Marks(string word, int position) =>
            Terms.MarksAnywhere(word) || (Phrases.TryGetValue(word, out var spans) && spans.Any(s => s.First <= position && position <= s.Last));
    }

    /// <returns>Offsets into <paramref name="text"/>, in order, without overlaps.</returns>
    public static IReadOnlyList<TextSpan> Find(Query query, QueryTerms? planned, Analyzer analyzer, PassageWords words,
        IndexSearcher searcher, int doc, string text, string language)
    {
        // A word may match as written (folded field) or by its stem (the language's field).
        var fields = new[] { Fields.Text, Analyzers.TextFieldFor(language) }.OfType<string>();
        var matches = new List<TextSpan>();
        // The highlighter reads no further than its limit; so the rare longer passage is left to it.
        if (planned is null || text.Length > Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE)
        {
            foreach (var field in fields) Highlight(query, analyzer, field, text, matches);
        }
        else
        {
            var markings = fields.Select(field => planned.For(field) is { } terms ? MarkingOf(field, terms, searcher, doc) : null)
                .OfType<Marking>().ToList();
            if (markings.Count > 0) Mark(markings, words, text, matches);
        }
        return Merge(matches, text);
    }

    /// <returns>Null when nothing can mark a word of this hit in the field.</returns>
    private static Marking? MarkingOf(string field, FieldTerms terms, IndexSearcher searcher, int doc)
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
        return terms.Words.Count == 0 && terms.Patterns.Count == 0 && phrases.Count == 0 ? null : new Marking(field, terms, phrases);
    }

    private static void Mark(List<Marking> markings, PassageWords words, string text, List<TextSpan> matches)
    {
        using var tokens = words.Cut(text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var offset = tokens.AddAttribute<IOffsetAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        tokens.Reset();
        // Counted as the index counts positions, so a phrase's spans line up: a stop word a field leaves out keeps
        // its position, as the field's stop filter leaves a gap.
        int position = -1;
        while (tokens.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (Marks(markings, words, term.Buffer.AsSpan(0, term.Length), position))
            {
                matches.Add(new TextSpan(offset.StartOffset, offset.EndOffset));
            }
        }
        tokens.End();
    }

    private static bool Marks(List<Marking> markings, PassageWords words, ReadOnlySpan<char> word, int position)
    {
        foreach (var marking in markings)
        {
            foreach (var analysed in words.Terms(marking.Field, word))
            {
                if (marking.Marks(analysed, position)) return true;
            }
        }
        return false;
    }

    private static void Highlight(Query query, Analyzer analyzer, string field, string text, List<TextSpan> matches)
    {
        var recorder = new MatchRecorder();
        var highlighter = new Highlighter(recorder, new QueryScorer(query, field)) { TextFragmenter = new NullFragmenter() };
        using var tokens = analyzer.GetTokenStream(field, text);
        highlighter.GetBestTextFragments(tokens, text, false, 1);
        matches.AddRange(recorder.Matches);
    }

    /// <summary>Overlapping marks become one, and so do marks only spaces or hyphens apart, so a phrase is marked
    /// whole: <c>[en fait]</c>, <c>[c'est-à-dire]</c>. Loops rather than LINQ here and in <see cref="KeywordWindow"/>:
    /// LINQ over a struct of another assembly is compiled at run time, in every process, precompiled or not.</summary>
    private static List<TextSpan> Merge(List<TextSpan> spans, string text)
    {
        SortByStart(spans);
        var merged = new List<TextSpan>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (merged.Count > 0 && (span.Start < merged[^1].End || OnlyJoiners(text, merged[^1].End, span.Start)))
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

    /// <summary>In order of start, spans that start together kept as they came: an insertion sort, as the marks come
    /// in order, or in one ordered run per field.</summary>
    private static void SortByStart(List<TextSpan> spans)
    {
        for (int i = 1; i < spans.Count; i++)
        {
            var span = spans[i];
            int j = i;
            for (; j > 0 && spans[j - 1].Start > span.Start; j--) spans[j] = spans[j - 1];
            spans[j] = span;
        }
    }

    private static bool OnlyJoiners(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0' or '\u202F' or '-')) return false;
        }
        return true;
    }
}
