using Codebook.Core.Agreement;

namespace Codebook.Cli.Output;

/// <summary>An agreement report as JSON: <c>unit</c>, <c>coders</c>, <c>transcripts</c>, <c>themes</c>, <c>domains</c>
/// and <c>overall</c>; each coefficient a number, or null where undefined, with its units and observed/expected.</summary>
public sealed record AgreementJson(string Unit, IReadOnlyList<string> Coders, IEnumerable<string> Transcripts, IEnumerable<ThemeAgreementJson> Themes,
    IEnumerable<DomainAgreementJson> Domains, ThemeAgreementJson? Overall)
{
    public static AgreementJson From(AgreementReport report) => new(
        report.Unit == AgreementUnit.Char ? "char" : "passage",
        report.Scope.Coders,
        report.Scope.Transcripts.Select(t => t.Id),
        report.Themes.Select(ThemeAgreementJson.Of),
        report.Domains.Select(d => new DomainAgreementJson(d.Domain.Id, CoefficientJson.Of(d.Alpha), CoefficientJson.Of(d.Fleiss))),
        report.Overall is { } overall ? ThemeAgreementJson.Of(overall) : null);
}

/// <summary>A theme's coefficients (none for the overall row's theme).</summary>
public sealed record ThemeAgreementJson(string? Theme, CoefficientJson PercentAgreement, CoefficientJson? CohenKappa, CoefficientJson FleissKappa,
    CoefficientJson KrippendorffAlpha, CoefficientJson? UnitizedAlpha)
{
    public static ThemeAgreementJson Of(ThemeAgreement row) => new(row.Theme?.Id, CoefficientJson.Of(row.Percent),
        row.Cohen is { } cohen ? CoefficientJson.Of(cohen) : null, CoefficientJson.Of(row.Fleiss), CoefficientJson.Of(row.Alpha),
        row.Unitized is { } unitized ? CoefficientJson.Of(unitized) : null);
}

/// <summary>A domain's (a parent theme's children as values) coefficients.</summary>
public sealed record DomainAgreementJson(string Domain, CoefficientJson KrippendorffAlpha, CoefficientJson FleissKappa);

public sealed record CoefficientJson(double? Value, int Units, double? Observed, double? Expected)
{
    public static CoefficientJson Of(Coefficient c) => new(c.Value, c.Units, c.Observed, c.Expected);
}
