using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>Theme frequencies: codings, passages, cases and words per theme, in codebook order.</summary>
public static class ThemeFrequencies
{
    /// <param name="rollup">Count each theme's sub-themes with it; otherwise each theme counts only its own codings.</param>
    public static IReadOnlyList<ThemeFrequency> Of(AnalysisScope scope, bool rollup) =>
        scope.Tree.InOrder.Select(x => Of(scope, x.Theme, x.Depth, rollup)).ToList();

    private static ThemeFrequency Of(AnalysisScope scope, Theme theme, int depth, bool rollup)
    {
        var codings = scope.CodingsOf(theme, rollup).ToList();
        var passages = codings
            .SelectMany(c => scope.PassagesOf(c) is { } range
                ? Enumerable.Range(range.First, range.Last - range.First + 1).Select(i => (c.TranscriptId, i))
                : [])
            .Distinct()
            .Count();
        var cases = codings.Select(c => scope.CaseOf(c).Id).Distinct(StringComparer.Ordinal).Count();
        var words = codings.GroupBy(c => c.TranscriptId, StringComparer.Ordinal)
            .Sum(g => WordsIn(scope.TranscriptOf(g.First()).Text, g.Select(c => c.Span)));
        return new ThemeFrequency(theme, depth, codings.Count, passages, cases, words);
    }

    /// <summary>Words in the union of the spans: overlapping or touching spans are merged first, so no word is
    /// counted twice or split in two.</summary>
    public static int WordsIn(string text, IEnumerable<TextSpan> spans)
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
            if (current is { } done) words += TextStatistics.CountWords(text.AsSpan(done.Start, done.Length));
            current = span;
        }
        if (current is { } last) words += TextStatistics.CountWords(text.AsSpan(last.Start, last.Length));
        return words;
    }
}
