using Codebook.Core.Model;

namespace Codebook.Core.Agreement;

/// <summary>Reliability data by passage. For a theme, every passage of the scope's transcripts is a unit and each
/// coder's value is "1" if one of their codings of the theme touches it, else "0", so a passage nobody coded counts as
/// agreement on absence. For a domain, a coder's value is the child theme they applied there (the one covering most of
/// the passage if they applied several), missing if they applied none.</summary>
public static class PassageData
{
    public static ReliabilityData ForTheme(AgreementScope scope, Theme theme) => ForThemes(scope, [theme]);

    /// <summary>One unit per passage and theme: how the themes are pooled into one overall figure.</summary>
    public static ReliabilityData ForThemes(AgreementScope scope, IReadOnlyList<Theme> themes) => new(scope.Coders.Count,
        Passages(scope).SelectMany(p => themes.Select(theme => (IReadOnlyList<string?>)scope.Coders
            .Select(coder => scope.Touching(p.TranscriptId, coder, theme.Id, p.Span).Any() ? "1" : "0").ToList())).ToList());

    public static ReliabilityData ForDomain(AgreementScope scope, Theme domain)
    {
        var children = scope.Tree.InOrder.Select(x => x.Theme).Where(t => t.ParentId == domain.Id).ToList();
        return new ReliabilityData(scope.Coders.Count, Passages(scope)
            .Select(p => (IReadOnlyList<string?>)scope.Coders.Select(coder => ChildApplied(scope, children, coder, p)).ToList())
            .ToList());
    }

    public static IEnumerable<Passage> Passages(AgreementScope scope) => scope.Transcripts.SelectMany(Model.Passages.Of);

    private static string? ChildApplied(AgreementScope scope, IReadOnlyList<Theme> children, string coder, Passage passage) => children
        .Select(child => (child.Id, Covered: scope.Touching(passage.TranscriptId, coder, child.Id, passage.Span)
            .Sum(c => Math.Min(c.End, passage.Span.End) - Math.Max(c.Start, passage.Span.Start))))
        .Where(x => x.Covered > 0)
        .OrderByDescending(x => x.Covered)
        .Select(x => x.Id)
        .FirstOrDefault();
}
