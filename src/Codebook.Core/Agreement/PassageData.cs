using Codebook.Core.Model;

namespace Codebook.Core.Agreement;

/// <summary>Reliability data by passage. For a theme, every passage of the scope's transcripts is a unit and each
/// coder's value is "1" if one of their codings of the theme touches it, else "0", so a passage nobody coded counts as
/// agreement on absence. For a domain, a coder's value is the child theme they applied there (the one covering most of
/// the passage if they applied several), missing if they applied none.</summary>
public static class PassageData
{
    public static ReliabilityData ForTheme(AgreementScope scope, Theme theme) => ForThemes(scope, [theme]);

    /// <summary>One unit per passage and theme: how the themes are pooled into one overall figure. Each coding marks
    /// the passages it touches; the units are then counted by their values, those nobody coded in one entry.</summary>
    public static ReliabilityData ForThemes(AgreementScope scope, IReadOnlyList<Theme> themes)
    {
        int m = scope.Coders.Count;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { [new string('0', m)] = 0 };
        foreach (var transcript in scope.Transcripts)
        {
            var passages = scope.PassagesOf(transcript);
            foreach (var theme in themes)
            {
                var coded = new Dictionary<int, char[]>();
                for (int r = 0; r < m; r++)
                {
                    foreach (var coding in scope.CodingsOf(transcript.Id, scope.Coders[r], theme.Id))
                    {
                        if (Model.Passages.Touched(passages, coding.Span) is not { } range) continue;
                        for (int i = range.First; i <= range.Last; i++)
                        {
                            if (!coded.TryGetValue(i, out var values)) coded[i] = values = new string('0', m).ToCharArray();
                            values[r] = '1';
                        }
                    }
                }
                counts[new string('0', m)] += passages.Count - coded.Count;
                foreach (var values in coded.Values) counts[new string(values)] = counts.GetValueOrDefault(new string(values)) + 1;
            }
        }
        return new ReliabilityData(m,
            counts.Keys.Select(k => (IReadOnlyList<string?>)k.Select(v => (string?)v.ToString()).ToList()).ToList(), counts.Values.ToList());
    }

    public static ReliabilityData ForDomain(AgreementScope scope, Theme domain)
    {
        var children = scope.Tree.InOrder.Select(x => x.Theme).Where(t => t.ParentId == domain.Id).ToList();
        return new ReliabilityData(scope.Coders.Count, Passages(scope)
            .Select(p => (IReadOnlyList<string?>)scope.Coders.Select(coder => ChildApplied(scope, children, coder, p)).ToList())
            .ToList());
    }

    public static IEnumerable<Passage> Passages(AgreementScope scope) => scope.Transcripts.SelectMany(scope.PassagesOf);

    private static string? ChildApplied(AgreementScope scope, IReadOnlyList<Theme> children, string coder, Passage passage) => children
        .Select(child => (child.Id, Covered: scope.Touching(passage.TranscriptId, coder, child.Id, passage.Span)
            .Sum(c => Math.Min(c.End, passage.Span.End) - Math.Max(c.Start, passage.Span.Start))))
        .Where(x => x.Covered > 0)
        .OrderByDescending(x => x.Covered)
        .Select(x => x.Id)
        .FirstOrDefault();
}
