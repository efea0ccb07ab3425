using System.Globalization;
using Codebook.Core.Agreement;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Tui.Detail;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Review;

/// <summary>The agreement between the project's coders on one theme, as review mode shows it beside the quotes: the
/// figures <c>codebook agree --coders (everyone who coded) --theme T</c> prints, from the same Core report.</summary>
public static class CoderAgreement
{
    public static IReadOnlyList<DetailLine> Of(IProjectStore store, Theme theme)
    {
        var coders = store.Codings().Select(c => c.Coder).Distinct().Order(StringComparer.Ordinal).ToList();
        if (coders.Count == 0) return [new DetailLine(Strings.AgreementNone)];
        if (coders.Count == 1) return [new DetailLine(Names.Format(Strings.AgreementOneCoder, coders[0]))];
        try
        {
            var report = AgreementReport.Of(AgreementScope.Of(store, coders), AgreementUnit.Passage, theme);
            var row = report.Themes.Single();
            var heading = Names.Format(Strings.AgreementHeading, coders.Count, string.Join(", ", coders), Names.Transcripts(report.Scope.Transcripts.Count), Names.Passages(row.Alpha.Units));
            var figures = row.Cohen is { } cohen
                ? Names.Format(Strings.AgreementFigures, Figure(row.Percent.Value * 100), Figure(cohen.Value), Figure(row.Fleiss.Value), Figure(row.Alpha.Value))
                : Names.Format(Strings.AgreementFiguresMany, Figure(row.Percent.Value * 100), Figure(row.Fleiss.Value), Figure(row.Alpha.Value));
            return [new DetailLine(heading, Bold: true), new DetailLine(figures)];
        }
        catch (CodebookException e)
        {
            // No transcript coded by everyone, say: nothing to compare, and the reason.
            return [new DetailLine(Names.Format(Strings.AgreementUnavailable, e.Message))];
        }
    }

    /// <summary>Three decimals as <c>codebook agree</c> rounds them, written the UI language's way; "–" where undefined.</summary>
    private static string Figure(double? value) => value is { } v ? Math.Round(v, 3).ToString(CultureInfo.CurrentUICulture) : "–";
}
