using Codebook.Core.Pseudonyms;
using Codebook.Core.Tables;

namespace Codebook.Tui.Analysis;

/// <summary>An analysis table as an export writes it: the pseudonym table applied to its title, headers and text cells.</summary>
internal static class TablePseudonyms
{
    public static ResultTable Apply(ResultTable table, Pseudonymiser pseudonymiser)
    {
        string Text(string text) => pseudonymiser.Apply(text).Text;
        return new ResultTable(
            Text(table.Title),
            table.Columns.Select(c => c with { Header = Text(c.Header) }).ToList(),
            table.Rows.Select(r => r with { Cells = r.Cells.Select(cell => cell is string s ? Text(s) : cell).ToList() }).ToList());
    }

    /// <summary>Every text of the table, with where it is, for <see cref="RealNameScan"/>.</summary>
    public static IEnumerable<(string Place, string Text)> Texts(ResultTable table) =>
        new[] { ("title", table.Title) }
            .Concat(table.Columns.Select(c => ("header", c.Header)))
            .Concat(table.Rows.SelectMany((r, i) => r.Cells.Select(c => ($"row {i + 1}", ResultTable.Text(c)))));
}
