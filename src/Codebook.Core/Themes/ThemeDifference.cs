using Codebook.Core.Model;

namespace Codebook.Core.Themes;

/// <summary>One change to one theme between two codebook versions: what it was (<paramref name="Before"/>) and
/// what it became (<paramref name="After"/>), in words that depend on the kind — labels for a rename, parents for a
/// move (null at the top), the target of a merge, the new theme of a split, the rule lists that changed.</summary>
public sealed record ThemeDifference(ThemeDifferenceKind Kind, string Theme, string? Before, string? After)
{
    /// <summary>The kind in one word: "added", "renamed", "rules".</summary>
    public string KindName => Kind == ThemeDifferenceKind.RulesChanged ? "rules" : Kind.ToString().ToLowerInvariant();

    /// <summary>What it was and became, in words: <c>"Old label" -> "New label"</c>, <c>into resistance</c>.</summary>
    public string Describe() => Kind switch
    {
        ThemeDifferenceKind.Added => $"\"{After}\"",
        ThemeDifferenceKind.Removed => $"\"{Before}\"",
        ThemeDifferenceKind.Merged => $"into {After}",
        ThemeDifferenceKind.Split => $"into new theme {After}",
        ThemeDifferenceKind.Moved => $"from {Before ?? "the top"} to {After ?? "the top"}",
        ThemeDifferenceKind.Redefined => $"\"{Excerpt.Of(Before ?? "")}\" -> \"{Excerpt.Of(After ?? "")}\"",
        ThemeDifferenceKind.RulesChanged => $"changed: {After}",
        _ => $"\"{Before}\" -> \"{After}\"",
    };
}
