using Codebook.Core.Analysis;

namespace Codebook.Core.Tables;

/// <summary>A theme matrix as a table: a row per theme, a column per case or attribute value, then a total column,
/// a totals row and a row with how many cases each column holds.</summary>
public static class MatrixTable
{
    public const string TotalLabel = "total";
    public const string CasesLabel = "cases in column";

    public static ResultTable From(ThemeMatrix matrix)
    {
        var counted = matrix.Count == MatrixCount.Codings ? "codings" : "cases with the theme";
        var columns = new List<TableColumn> { new("theme") };
        columns.AddRange(matrix.Columns.Select(c => new TableColumn(c.Key, Numeric: true)));
        columns.Add(new TableColumn(TotalLabel, Numeric: true));
        var rows = matrix.Rows.Select(r => new TableRow([r.Theme.Id, .. r.Cells.Cast<object>(), r.Total], r.Depth)).ToList();
        rows.Add(new TableRow([TotalLabel, .. matrix.ColumnTotals.Cast<object>(), matrix.Total], Summary: true));
        rows.Add(new TableRow([CasesLabel, .. matrix.Columns.Select(c => (object)c.Cases), matrix.Columns.Sum(c => c.Cases)], Summary: true));
        var rolled = matrix.Rollup ? ", with sub-themes" : "";
        return new ResultTable($"Themes by {matrix.By}: {counted}{rolled}", columns, rows);
    }
}
