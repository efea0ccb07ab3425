using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>One interview in coding order: the themes it was coded with, those no earlier interview had, and the
/// running count of distinct themes.</summary>
/// <param name="Position">One-based place in coding order.</param>
public sealed record SaturationStep(
    int Position, Transcript Transcript, DateTime FirstCodedAt, int Themes, IReadOnlyList<Theme> NewThemes, int Cumulative);
