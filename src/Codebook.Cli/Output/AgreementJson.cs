using Codebook.Core.Agreement;

namespace Codebook.Cli.Output;

/// <summary>An agreement report as JSON: <c>unit</c>, <c>coders</c>, <c>transcripts</c>, <c>themes</c>, <c>domains</c>
/// and <c>overall</c>; each coefficient a number, or null where undefined, with its units and observed/expected.</summary>
public static class AgreementJson
{
    public static object From(AgreementReport report) => new
    {
        Unit = report.Unit == AgreementUnit.Char ? "char" : "passage",
        report.Scope.Coders,
        Transcripts = report.Scope.Transcripts.Select(t => t.Id),
        Themes = report.Themes.Select(Theme),
        Domains = report.Domains.Select(d => new { Domain = d.Domain.Id, KrippendorffAlpha = Value(d.Alpha), FleissKappa = Value(d.Fleiss) }),
        Overall = report.Overall is { } overall ? Theme(overall) : null,
    };

    private static object Theme(ThemeAgreement row) => new
    {
        Theme = row.Theme?.Id,
        PercentAgreement = Value(row.Percent),
        CohenKappa = row.Cohen is { } cohen ? Value(cohen) : null,
        FleissKappa = Value(row.Fleiss),
        KrippendorffAlpha = Value(row.Alpha),
        UnitizedAlpha = row.Unitized is { } unitized ? Value(unitized) : null,
    };

    private static object Value(Coefficient c) => new { c.Value, c.Units, c.Observed, c.Expected };
}
