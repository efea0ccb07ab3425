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
        var widest = new double[result.Columns.Count];
        for (int i = 0; i < widest.Length; i++)
        {
            if (result.Columns[i].Bar) widest[i] = Widest(result, i);
        }
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

    /// <summary>The largest number of column <paramref name="column"/> outside summary rows, 0 when there is none, NaN
    /// only when all are NaN (as LINQ's Max). A loop: LINQ over doubles is compiled at run time, on every run.</summary>
    private static double Widest(ResultTable result, int column)
    {
        double widest = double.NaN;
        bool any = false;
        foreach (var row in result.Rows)
        {
            if (row.Summary) continue;
            double number = Number(row.Cells[column]);
            if (double.IsNaN(widest) || number > widest) widest = number;
            any = true;
        }
        return any ? widest : 0;
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
