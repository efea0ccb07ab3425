using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>Co-occurrence of themes: which pairs of themes are coded together, by overlap or by passage distance.
/// Each theme counts its own codings only (a theme would trivially co-occur with its sub-themes otherwise).</summary>
public static class CoOccurrences
{
    /// <summary>Every pair of themes with at least one meeting, most meetings first; pairs in codebook order.</summary>
    public static IReadOnlyList<ThemePair> Of(AnalysisScope scope, CoOccurrenceMode mode)
    {
        var themes = scope.Tree.InOrder.Select(x => x.Theme).ToList();
        // By transcript: codings only meet within one, so each pair compares transcript by transcript, not all with all.
        var placed = themes.ToDictionary(t => t.Id, t => scope.CodingsOf(t, rollup: false).Select(c => Place(scope, c, mode))
            .ToLookup(p => p.Coding.TranscriptId, StringComparer.Ordinal));
        var pairs = new List<ThemePair>();
        for (int i = 0; i < themes.Count; i++)
        {
            for (int j = i + 1; j < themes.Count; j++)
            {
                var (a, b) = (placed[themes[i].Id], placed[themes[j].Id]);
                int meetings = 0, met = 0;
                foreach (var inTranscript in a)
                {
                    var others = b[inTranscript.Key].ToList();
                    if (others.Count == 0) continue;
                    foreach (var x in inTranscript)
                    {
                        int n = others.Count(y => Meet(x, y, mode));
                        meetings += n;
                        if (n > 0) met++;
                    }
                    met += others.Count(y => inTranscript.Any(x => Meet(x, y, mode)));
                }
                if (meetings == 0) continue;
                int aCount = a.Sum(g => g.Count()), bCount = b.Sum(g => g.Count());
                pairs.Add(new ThemePair(themes[i], themes[j], aCount, bCount, meetings, (double)met / (aCount + bCount)));
            }
        }
        return pairs.OrderByDescending(p => p.Meetings).ToList();
    }

    private sealed record Placed(Coding Coding, (int First, int Last)? Passages);

    /// <summary>Overlap needs no passages, so it reads no transcript's text.</summary>
    private static Placed Place(AnalysisScope scope, Coding coding, CoOccurrenceMode mode) =>
        new(coding, mode.Overlap ? null : scope.PassagesOf(coding));

    private static bool Meet(Placed x, Placed y, CoOccurrenceMode mode)
    {
        if (x.Coding.TranscriptId != y.Coding.TranscriptId) return false;
        if (mode.Overlap) return x.Coding.Span.Overlaps(y.Coding.Span);
        if (x.Passages is not { } p || y.Passages is not { } q) return false;
        int gap = Math.Max(0, Math.Max(q.First - p.Last, p.First - q.Last));
        return gap <= mode.Window;
    }
}
