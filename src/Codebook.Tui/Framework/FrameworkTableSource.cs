using Codebook.Core.Framework;
using Codebook.Core.Model;
using Terminal.Gui.Views;

namespace Codebook.Tui.Framework;

/// <summary>The framework matrix as a TableView reads it: the case in the first column, then a cell per theme with
/// its number of passages and the start of its summary ("3 · Keeps a private…").</summary>
public sealed class FrameworkTableSource(FrameworkMatrix matrix, string caseHeader) : ITableSource
{
    /// <summary>Enough of a summary to recognise it; the side pane shows it whole.</summary>
    public const int CellWidth = 22;

    public object this[int row, int col] => col == 0 ? matrix.Cases[row].Id : Text(matrix[row, col - 1]);

    public string[] ColumnNames => matrix.Themes.Select(t => t.Id).Prepend(caseHeader).ToArray();

    public int Columns => matrix.Themes.Count + 1;

    public int Rows => matrix.Cases.Count;

    public static string Text(FrameworkCell cell) => (cell.PassageCount, cell.Summary) switch
    {
        (0, null) => "",
        (var n, null) => $"{n}",
        (var n, { } summary) => Excerpt.Of($"{n} · {summary.Text}", CellWidth),
    };
}
