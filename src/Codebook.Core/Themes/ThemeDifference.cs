namespace Codebook.Core.Themes;

/// <summary>One change to one theme between two codebook versions: what it was (<paramref name="Before"/>) and
/// what it became (<paramref name="After"/>), in words that depend on the kind — labels for a rename, parents for a
/// move (null at the top), the target of a merge, the new theme of a split, the rule lists that changed.</summary>
public sealed record ThemeDifference(ThemeDifferenceKind Kind, string Theme, string? Before, string? After);
