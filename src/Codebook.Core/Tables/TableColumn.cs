namespace Codebook.Core.Tables;

/// <summary>A column of a result table.</summary>
/// <param name="Numeric">Right-aligned in the terminal and Markdown.</param>
/// <param name="Bar">The terminal draws a bar beside each value, scaled to the column's largest.</param>
public sealed record TableColumn(string Header, bool Numeric = false, bool Bar = false);
