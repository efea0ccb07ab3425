namespace Codebook.Core.Tables;

/// <summary>A row of a result table. Cells are strings, ints or doubles (already rounded as they should print).</summary>
/// <param name="Indent">Depth in the theme tree; only the terminal shows it.</param>
/// <param name="Summary">A totals row, set apart in the terminal.</param>
public sealed record TableRow(IReadOnlyList<object> Cells, int Indent = 0, bool Summary = false);
