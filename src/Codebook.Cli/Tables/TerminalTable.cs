using Codebook.Core.Tables;

namespace Codebook.Cli.Tables;

/// <summary>A result table for the terminal (or a file or pipe, in the same layout), with text bars beside the columns
/// that ask for them.</summary>
public static class TerminalTable
{
    private const int BarWidth = 20;

    public static void Write(CliContext context, ResultTable result) => Of(result).Write(context);

    public static DrawnTable Of(ResultTable result)
    {
        var columns = new List<DrawnColumn>();
        foreach (var column in result.Columns)
        {
            columns.Add(new DrawnColumn(column.Header, column.Numeric));
            if (column.Bar) columns.Add(new DrawnColumn(""));
        }
        var widest = result.Columns.Select((c, i) => c.Bar ? result.Rows.Where(r => !r.Summary).Select(r => Number(r.Cells[i])).DefaultIfEmpty(0).Max() : 0).ToList();
        var rows = new List<IReadOnlyList<DrawnCell>>();
        bool first = true;
        foreach (var row in result.Rows)
        {
            if (row.Summary && first) rows.Add(columns.Select(_ => new DrawnCell("")).ToList());
            first &= !row.Summary;
            var cells = new List<DrawnCell>();
            for (int i = 0; i < result.Columns.Count; i++)
            {
                // Zeros fade, so that a sparse matrix shows where the codings are.
                var cell = row.Cells[i] is 0 ? new DrawnCell("·", CellLook.Faded) : new DrawnCell(ResultTable.Text(row.Cells[i]));
                cells.Add(i == 0 ? cell with { Indent = row.Indent * 2, Look = cell.Look | (row.Summary ? CellLook.Bold : CellLook.Plain) } : cell);
                if (result.Columns[i].Bar) cells.Add(row.Summary ? new DrawnCell("") : Bar(Number(row.Cells[i]), widest[i]));
            }
            rows.Add(cells);
        }
        return new DrawnTable(result.Title, TableFrame.Rounded, columns, rows, EmojiCodes: true);
    }

    private static double Number(object cell) => cell switch { int n => n, double d => d, _ => 0 };

    /// <summary>Whole blocks, with at least one for any non-zero value so small counts stay visible.</summary>
    private static DrawnCell Bar(double value, double widest)
    {
        if (value <= 0 || widest <= 0) return new DrawnCell("");
        int blocks = Math.Max(1, (int)Math.Round(value / widest * BarWidth));
        return new DrawnCell(new string('█', blocks), CellLook.Bar);
    }
}
