using Codebook.Core.Model;

namespace Codebook.Core.Agreement;

/// <summary>Reliability data by passage. For a theme, every passage of the scope's transcripts is a unit and each
/// coder's value is "1" if one of their codings of the theme touches it, else "0", so a passage nobody coded counts as
/// agreement on absence. For a domain, a coder's value is the child theme they applied there (the one covering most of
/// the passage if they applied several), missing if they applied none.</summary>
public static class PassageData
{
    /// <summary>For each theme, and pooled over them (one unit per passage and theme: how the themes make one overall
    /// figure), in one pass. Each coding marks the passages it touches; the units are then counted by their values,
    /// those nobody coded in one entry.</summary>
    public static (IReadOnlyList<ReliabilityData> ByTheme, ReliabilityData Pooled) ForThemes(AgreementScope scope, IReadOnlyList<Theme> themes)
    {
        int m = scope.Coders.Count;
        string none = new('0', m);
        var pooled = new Dictionary<string, int>(StringComparer.Ordinal) { [none] = 0 };
        var byTheme = themes.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal) { [none] = 0 }).ToList();
        var coded = new Dictionary<int, char[]>();
        foreach (var transcript in scope.Transcripts)
        {
            var passages = scope.PassagesOf(transcript);
            for (int t = 0; t < themes.Count; t++)
            {
                coded.Clear();
                // Most themes are not applied in most transcripts: there every passage is a unit nobody coded.
                if (scope.IsApplied(transcript.Id, themes[t].Id)) Mark(scope, transcript, themes[t], passages, none, coded);
                Count(none, passages.Count - coded.Count, byTheme[t], pooled);
                foreach (var values in coded.Values) Count(new string(values), 1, byTheme[t], pooled);
            }
        }
        return (byTheme.Select(counts => Data(m, counts)).ToList(), Data(m, pooled));
    }

    public static ReliabilityData ForDomain(AgreementScope scope, Theme domain)
    {
        var children = scope.Tree.InOrder.Select(x => x.Theme).Where(t => t.ParentId == domain.Id).ToList();
        return new ReliabilityData(scope.Coders.Count, Passages(scope)
            .Select(p => (IReadOnlyList<string?>)scope.Coders.Select(coder => ChildApplied(scope, children, coder, p)).ToList())
            .ToList());
    }

    public static IEnumerable<Passage> Passages(AgreementScope scope) => scope.Transcripts.SelectMany(scope.PassagesOf);

    /// <summary>Each coder's value ('1') in the passages their codings of the theme touch in one transcript.</summary>
    private static void Mark(AgreementScope scope, Transcript transcript, Theme theme, IReadOnlyList<Passage> passages, string none,
        Dictionary<int, char[]> coded)
    {
        for (int r = 0; r < scope.Coders.Count; r++)
        {
            foreach (var coding in scope.CodingsOf(transcript.Id, scope.Coders[r], theme.Id))
            {
                if (Model.Passages.Touched(passages, coding.Span) is not { } range) continue;
                for (int i = range.First; i <= range.Last; i++)
                {
                    if (!coded.TryGetValue(i, out var values)) coded[i] = values = none.ToCharArray();
                    values[r] = '1';
                }
            }
        }
    }

    private static void Count(string values, int units, Dictionary<string, int> theme, Dictionary<string, int> pooled)
    {
        theme[values] = theme.GetValueOrDefault(values) + units;
        pooled[values] = pooled.GetValueOrDefault(values) + units;
    }

    private static ReliabilityData Data(int coders, Dictionary<string, int> counts) => new(coders,
        counts.Keys.Select(k => (IReadOnlyList<string?>)k.Select(v => (string?)v.ToString()).ToList()).ToList(), counts.Values.ToList());

    private static string? ChildApplied(AgreementScope scope, IReadOnlyList<Theme> children, string coder, Passage passage) => children
        .Select(child => (child.Id, Covered: scope.Touching(passage.TranscriptId, coder, child.Id, passage.Span)
            .Sum(c => Math.Min(c.End, passage.Span.End) - Math.Max(c.Start, passage.Span.Start))))
        .Where(x => x.Covered > 0)
        .OrderByDescending(x => x.Covered)
        .Select(x => x.Id)
        .FirstOrDefault();
}
