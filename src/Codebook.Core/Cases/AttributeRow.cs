namespace Codebook.Core.Cases;

/// <summary>One row of an <see cref="AttributeTable"/>: its cells, trimmed, in the table's column order.</summary>
/// <param name="Line">The row's number in the file (the header is 1), as a spreadsheet shows it.</param>
public sealed record AttributeRow(int Line, IReadOnlyList<string> Cells)
{
    public string CellAt(int column) => column < Cells.Count ? Cells[column] : "";
}
