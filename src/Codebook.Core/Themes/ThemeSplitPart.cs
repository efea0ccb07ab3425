namespace Codebook.Core.Themes;

/// <summary>One new theme of a split: its id, its label (the id when absent), and the codings it takes.</summary>
public sealed record ThemeSplitPart(string Id, string? Label, IReadOnlyList<string> CodingIds);
