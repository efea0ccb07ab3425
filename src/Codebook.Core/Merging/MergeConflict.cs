namespace Codebook.Core.Merging;

/// <summary>One conflict: its kind, what it is about (a transcript of the other project, a theme, or coder and
/// transcript), and how many codings it concerns.</summary>
public sealed record MergeConflict(MergeConflictKind Kind, string About, int Codings);
