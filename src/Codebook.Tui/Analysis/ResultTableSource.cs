using Codebook.Core.Tables;
using Terminal.Gui.Views;

namespace Codebook.Tui.Analysis;

/// <summary>A result table (the one the command line prints and exports) as a TableView reads it; sub-themes indented.</summary>
public sealed class ResultTableSource(ResultTable table) : ITableSource
{
    public ResultTable Table { get; } = table;

    public object this[int row, int col] => col == 0
        ? new string(' ', 2 * Table.Rows[row].Indent) + ResultTable.Text(Table.Rows[row].Cells[col])
        : ResultTable.Text(Table.Rows[row].Cells[col]);

    public string[] ColumnNames => Table.Columns.Select(c => c.Header).ToArray();

    public int Columns => Table.Columns.Count;

    public int Rows => Table.Rows.Count;
}
