using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>Theme frequencies: codings, passages, cases and words per theme, in codebook order.</summary>
public static class ThemeFrequencies
{
    /// <param name="rollup">Count each theme's sub-themes with it; otherwise each theme counts only its own codings.</param>
    public static IReadOnlyList<ThemeFrequency> Of(AnalysisScope scope, bool rollup)
    {
        var rows = scope.Tree.InOrder.Select(x => (x.Theme, x.Depth, Codings: scope.CodingsOf(x.Theme, rollup).ToList())).ToList();
        var words = Words(scope, rows.Select(r => r.Codings).ToList());
        return rows.Select((r, i) => new ThemeFrequency(r.Theme, r.Depth, r.Codings.Count, Passages(scope, r.Codings),
            r.Codings.Select(c => scope.CaseOf(c).Id).Distinct(StringComparer.Ordinal).Count(), words[i])).ToList();
    }

    private static int Passages(AnalysisScope scope, IEnumerable<Coding> codings)
    {
        var touched = new HashSet<(string, int)>();
        foreach (var coding in codings)
        {
            if (scope.PassagesOf(coding) is not { } range) continue;
            for (int i = range.First; i <= range.Last; i++) touched.Add((coding.TranscriptId, i));
        }
        return touched.Count;
    }

    /// <summary>Words of each row, transcript by transcript.</summary>
    private static int[] Words(AnalysisScope scope, IReadOnlyList<List<Coding>> rows)
    {
        var words = new int[rows.Count];
        var byTranscript = rows
            .SelectMany((codings, row) => codings.Select(c => (Row: row, Coding: c)))
            .GroupBy(x => x.Coding.TranscriptId, StringComparer.Ordinal);
        foreach (var inTranscript in byTranscript)
        {
            var marks = scope.OutlineOf(inTranscript.Key).Words;
            foreach (var row in inTranscript.GroupBy(x => x.Row)) words[row.Key] += WordsIn(marks, row.Select(x => x.Coding.Span));
        }
        return words;
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
