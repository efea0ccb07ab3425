namespace Codebook.Core.Themes;

/// <summary>What a merge did: the codings moved to the target, those dropped because the target already had them
/// (kept in the log), and the sub-themes that now sit under the target.</summary>
public sealed record ThemeMerge(string From, string Into, IReadOnlyList<string> Moved, IReadOnlyList<string> Dropped, IReadOnlyList<string> Children);
