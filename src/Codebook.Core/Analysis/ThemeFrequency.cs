using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>How much a theme was used. See docs/analysis.md for what each number counts.</summary>
/// <param name="Depth">0 for top themes, as in the codebook tree.</param>
/// <param name="Codings">Codings of the theme (and of its sub-themes when rolled up).</param>
/// <param name="Passages">Distinct passages those codings overlap.</param>
/// <param name="Cases">Distinct cases whose transcripts hold those codings.</param>
/// <param name="Words">Words inside the union of the codings' spans, so overlapping codings count their words once.</param>
public sealed record ThemeFrequency(Theme Theme, int Depth, int Codings, int Passages, int Cases, int Words);
