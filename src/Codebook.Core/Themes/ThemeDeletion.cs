using Codebook.Core.Model;

namespace Codebook.Core.Themes;

/// <summary>What a delete removed, and the sub-themes it moved up to the deleted theme's parent.</summary>
public sealed record ThemeDeletion(Theme Theme, int Codings, IReadOnlyList<string> Children);
