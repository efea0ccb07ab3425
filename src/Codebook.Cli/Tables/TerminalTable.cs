using Codebook.Core.Tables;
using Spectre.Console;

namespace Codebook.Cli.Tables;

/// <summary>A result table drawn by Spectre.Console, with text bars beside the columns that ask for them.</summary>
public static class TerminalTable
{
    private const int BarWidth = 20;

    public static void Write(IAnsiConsole console, ResultTable result)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(result.Title)) }.Border(TableBorder.Rounded);
        foreach (var column in result.Columns)
        {
            var added = new Spectre.Console.TableColumn(Markup.Escape(column.Header));
            table.AddColumn(column.Numeric ? added.RightAligned() : added);
            if (column.Bar) table.AddColumn(new Spectre.Console.TableColumn(""));
        }
        var widest = result.Columns.Select((c, i) => c.Bar ? result.Rows.Where(r => !r.Summary).Select(r => Number(r.Cells[i])).DefaultIfEmpty(0).Max() : 0).ToList();
        bool first = true;
        foreach (var row in result.Rows)
        {
            if (row.Summary && first) table.AddEmptyRow();
            first &= !row.Summary;
            var cells = new List<string>();
            for (int i = 0; i < result.Columns.Count; i++)
            {
                // Zeros fade, so that a sparse matrix shows where the codings are.
                var text = row.Cells[i] is 0 ? "[dim]·[/]" : Markup.Escape(ResultTable.Text(row.Cells[i]));
                cells.Add(i == 0 ? new string(' ', row.Indent * 2) + (row.Summary ? $"[bold]{text}[/]" : text) : text);
                if (result.Columns[i].Bar) cells.Add(row.Summary ? "" : Bar(Number(row.Cells[i]), widest[i]));
            }
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    private static double Number(object cell) => cell switch { int n => n, double d => d, _ => 0 };

    /// <summary>Whole blocks, with at least one for any non-zero value so small counts stay visible.</summary>
    private static string Bar(double value, double widest)
    {
        if (value <= 0 || widest <= 0) return "";
        int blocks = Math.Max(1, (int)Math.Round(value / widest * BarWidth));
        return $"[blue]{new string('█', blocks)}[/]";
    }
}
