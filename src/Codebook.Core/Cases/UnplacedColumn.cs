namespace Codebook.Core.Cases;

/// <summary>A column of a participants' table that gives no attribute, and why.</summary>
/// <param name="Position">One-based, as a spreadsheet counts columns.</param>
public sealed record UnplacedColumn(int Position, string Name, string Reason);
