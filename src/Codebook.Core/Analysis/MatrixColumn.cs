namespace Codebook.Core.Analysis;

/// <summary>A matrix column: one case, or one value of a case attribute.</summary>
/// <param name="Cases">How many of the project's cases fall in the column, coded or not: the base to read a cell against.</param>
public sealed record MatrixColumn(string Key, int Cases);
