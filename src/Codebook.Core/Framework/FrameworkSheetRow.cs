namespace Codebook.Core.Framework;

/// <summary>A case's row of a framework export: its id pseudonymised, and a cell per theme.</summary>
public sealed record FrameworkSheetRow(string Case, IReadOnlyList<FrameworkSheetCell> Cells);
