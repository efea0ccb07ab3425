namespace Codebook.Cli.Tables;

/// <summary>A column of a <see cref="DrawnTable"/>: its header, and whether its cells line up on the right (numbers).</summary>
public sealed record DrawnColumn(string Header, bool RightAligned = false);
