namespace Codebook.Core.Analysis;

/// <summary>Themes (rows) against cases or attribute values (columns). Column totals and <see cref="Total"/> count
/// each coding (or case) once, even when rolled-up rows count it under a theme and its parent.</summary>
/// <param name="By">"case" or "attr:NAME".</param>
public sealed record ThemeMatrix(
    string By, MatrixCount Count, bool Rollup, IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<MatrixRow> Rows,
    IReadOnlyList<int> ColumnTotals, int Total);
