namespace Codebook.Core.Analysis;

/// <summary>Saturation: new themes per interview, interviews taken in the order coding began on them.</summary>
public static class Saturation
{
    /// <summary>Interviews ordered by their earliest coding's creation time (ties by import order); interviews with no
    /// coding are left out, as they say nothing yet about saturation. Themes count their own codings only.</summary>
    public static IReadOnlyList<SaturationStep> Of(AnalysisScope scope)
    {
        var importOrder = scope.Transcripts.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var interviews = scope.Codings
            .GroupBy(c => c.TranscriptId, StringComparer.Ordinal)
            .Select(g => (Transcript: scope.TranscriptOf(g.First()), First: g.Min(c => c.CreatedAt), Themes: g.Select(c => c.ThemeId).ToHashSet()))
            .OrderBy(x => x.First).ThenBy(x => importOrder[x.Transcript.Id]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var steps = new List<SaturationStep>();
        foreach (var (transcript, first, themes) in interviews)
        {
            // New themes listed in codebook order, for a stable and readable result.
            var fresh = scope.Tree.InOrder.Select(x => x.Theme).Where(t => themes.Contains(t.Id) && !seen.Contains(t.Id)).ToList();
            seen.UnionWith(themes);
            steps.Add(new SaturationStep(steps.Count + 1, transcript, first, themes.Count, fresh, seen.Count));
        }
        return steps;
    }
}
