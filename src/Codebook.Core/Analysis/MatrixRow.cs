using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>A matrix row: one theme, a cell per column, and the row total (all its codings, or all its cases).</summary>
public sealed record MatrixRow(Theme Theme, int Depth, IReadOnlyList<int> Cells, int Total);
