namespace Codebook.Core.Cases;

/// <summary>A participants' table as read from a spreadsheet: a header row of column names, then one row per case.</summary>
/// <param name="Source">The file it was read from, for messages.</param>
public sealed record AttributeTable(string Source, IReadOnlyList<string> Columns, IReadOnlyList<AttributeRow> Rows);
