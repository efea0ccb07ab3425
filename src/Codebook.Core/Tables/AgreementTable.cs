using Codebook.Core.Agreement;
using Codebook.Core.Text;

namespace Codebook.Core.Tables;

/// <summary>An agreement report as a table: one row per theme (or domain) and an overall row; κ and α with the observed
/// and expected quantities they compare, and the number of units.</summary>
public static class AgreementTable
{
    public static ResultTable From(AgreementReport report)
    {
        var title = $"Agreement by {(report.Unit == AgreementUnit.Char ? "character" : "passage")} between "
            + $"{string.Join(", ", report.Scope.Coders)} on {Counted.Of(report.Scope.Transcripts.Count, "transcript")}";
        if (report.Domains.Count > 0)
        {
            return new ResultTable(title + " (domain)",
                [new("domain"), new("units", true), new("fleiss κ", true), new("α", true), new("D_o", true), new("D_e", true)],
                report.Domains.Select(d => new TableRow([d.Domain.Id, d.Alpha.Units, Cell(d.Fleiss.Value), Cell(d.Alpha.Value),
                    Cell(d.Alpha.Observed), Cell(d.Alpha.Expected)])).ToList());
        }
        bool two = report.Scope.Coders.Count == 2, chars = report.Unit == AgreementUnit.Char;
        var columns = new List<TableColumn> { new("theme"), new("passages", true), new("agree %", true) };
        if (two) columns.Add(new("cohen κ", true));
        columns.AddRange([new("fleiss κ", true), new("α", true), new("D_o", true), new("D_e", true)]);
        // uα's D_o and D_e are per squared character, too small to print here; the JSON has them.
        if (chars) columns.Add(new("uα", true));
        var rows = report.Themes.Select(t => Row(t, t.Theme!.Id, two, chars, false)).ToList();
        if (report.Overall is { } overall) rows.Add(Row(overall, "overall", two, chars, true));
        return new ResultTable(title, columns, rows);
    }

    private static TableRow Row(ThemeAgreement row, string name, bool two, bool chars, bool summary)
    {
        var cells = new List<object> { name, row.Alpha.Units, Cell(row.Percent.Value * 100) };
        if (two) cells.Add(Cell(row.Cohen!.Value));
        cells.AddRange([Cell(row.Fleiss.Value), Cell(row.Alpha.Value), Cell(row.Alpha.Observed), Cell(row.Alpha.Expected)]);
        if (chars) cells.Add(Cell(row.Unitized!.Value));
        return new TableRow(cells, Summary: summary);
    }

    /// <summary>Three decimals, as the literature reports; "–" where a coefficient is undefined.</summary>
    private static object Cell(double? value) => value is { } v ? Math.Round(v, 3) : "–";
}
