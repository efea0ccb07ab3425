namespace Codebook.Core.Cases;

/// <summary>A row of a participants' table that no case takes, and why.</summary>
public sealed record UnplacedRow(int Line, string Key, string Reason);
