using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>Theme frequencies: codings, passages, cases and words per theme, in codebook order.</summary>
public static class ThemeFrequencies
{
    /// <param name="rollup">Count each theme's sub-themes with it; otherwise each theme counts only its own codings.</param>
    public static IReadOnlyList<ThemeFrequency> Of(AnalysisScope scope, bool rollup)
    {
        var rows = scope.Tree.InOrder.Select(x => (x.Theme, x.Depth, Codings: scope.CodingsOf(x.Theme, rollup).ToList())).ToList();
        var (words, passages) = WordsAndPassages(scope, rows.Select(r => r.Codings).ToList());
        return rows.Select((r, i) => new ThemeFrequency(r.Theme, r.Depth, r.Codings.Count, passages[i],
            r.Codings.Select(c => scope.CaseOf(c).Id).Distinct(StringComparer.Ordinal).Count(), words[i])).ToList();
    }

    /// <summary>Words and passages of each row, transcript by transcript, from one row's spans there in text order:
    /// the passages a span touches are then a range that starts no earlier than the one before, so the passages of
    /// the row are counted without a set of them.</summary>
    private static (int[] Words, int[] Passages) WordsAndPassages(AnalysisScope scope, IReadOnlyList<List<Coding>> rows)
    {
        var words = new int[rows.Count];
        var passages = new int[rows.Count];
        var byTranscript = rows
            .SelectMany((codings, row) => codings.Select(c => (Row: row, Coding: c)))
            .GroupBy(x => x.Coding.TranscriptId, StringComparer.Ordinal);
        foreach (var inTranscript in byTranscript)
        {
            var outline = scope.OutlineOf(inTranscript.Key);
            foreach (var row in inTranscript.GroupBy(x => x.Row))
            {
                var spans = row.Select(x => x.Coding.Span).OrderBy(s => s.Start).ToList();
                words[row.Key] += WordsIn(outline.Words, spans);
                passages[row.Key] += PassagesIn(outline.Passages, spans);
            }
        }
        return (words, passages);
    }

    /// <param name="spans">In order of their start.</param>
    private static int PassagesIn(IReadOnlyList<Passage> passages, IReadOnlyList<TextSpan> spans)
    {
        int count = 0, counted = -1; // the last passage counted
        foreach (var span in spans)
        {
            if (Model.Passages.Touched(passages, span) is not { } range || range.Last <= counted) continue;
            count += range.Last - Math.Max(range.First, counted + 1) + 1;
            counted = range.Last;
        }
        return count;
    }

    /// <summary>Words in the union of the spans: overlapping or touching spans are merged first, so no word is
    /// counted twice or split in two.</summary>
    public static int WordsIn(string text, IEnumerable<TextSpan> spans) => WordsIn(WordMarks.Of(text), spans);

    public static int WordsIn(WordMarks marks, IEnumerable<TextSpan> spans)
    {
        int words = 0;
        TextSpan? current = null;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (current is { } c && span.Start <= c.End)
            {
                current = new TextSpan(c.Start, Math.Max(c.End, span.End));
                continue;
            }
            if (current is { } done) words += marks.CountWords(done);
            current = span;
        }
        if (current is { } last) words += marks.CountWords(last);
        return words;
    }
}
