using Codebook.Core.Model;

namespace Codebook.Core.Agreement;

/// <summary>Agreement per theme and overall (or for one domain) between the coders of a scope.</summary>
public sealed record AgreementReport(AgreementUnit Unit, AgreementScope Scope, IReadOnlyList<ThemeAgreement> Themes, ThemeAgreement? Overall,
    IReadOnlyList<DomainAgreement> Domains)
{
    /// <summary>Every theme the coders applied, or only <paramref name="theme"/>; with <paramref name="domain"/>, that domain alone.</summary>
    public static AgreementReport Of(AgreementScope scope, AgreementUnit unit, Theme? theme = null, Theme? domain = null)
    {
        if (domain is not null)
        {
            var values = PassageData.ForDomain(scope, domain);
            return new AgreementReport(unit, scope, [], null, [new DomainAgreement(domain, KrippendorffAlpha.Nominal(values), FleissKappa.Of(values))]);
        }
        var themes = theme is not null ? [theme] : scope.CodedThemes();
        var study = unit == AgreementUnit.Char ? Study(scope) : null;
        var unitized = study is null ? null : themes.ToDictionary(t => t.Id, t => UnitizingAlpha.ForCategory(study, t.Id), StringComparer.Ordinal);
        var (byTheme, pooled) = PassageData.ForThemes(scope, themes);
        var rows = themes.Select((t, i) => Row(scope, t, byTheme[i], unitized?[t.Id])).ToList();
        var overall = themes.Count == 0 ? null : Row(scope, null, pooled, unitized is null ? null : UnitizingAlpha.Overall(unitized));
        return new AgreementReport(unit, scope, rows, overall, []);
    }

    private static ThemeAgreement Row(AgreementScope scope, Theme? theme, ReliabilityData data, Coefficient? unitized) => new(
        theme, PercentAgreement.Of(data), scope.Coders.Count == 2 ? CohenKappa.Of(data) : null, FleissKappa.Of(data),
        KrippendorffAlpha.Nominal(data), unitized);

    /// <summary>Each transcript a continuum as long as its text; each coding a unit of its theme.</summary>
    private static UnitizingStudy Study(AgreementScope scope)
    {
        var continuum = scope.Transcripts.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var coder = scope.Coders.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        return new UnitizingStudy(scope.Transcripts.Select(t => (long)scope.LengthOf(t)).ToList(), scope.Coders.Count,
            scope.Codings.Select(c => new UnitizedSegment(continuum[c.TranscriptId], coder[c.Coder], c.Start, c.End - c.Start, c.ThemeId)));
    }
}
