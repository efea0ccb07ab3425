using Codebook.Core.Model;

namespace Codebook.Core.Agreement;

/// <summary>A passage that one of two coders coded with a theme and the other did not, with both coders' codings there.</summary>
/// <param name="Id">Stable while the codings stand: transcript, passage number (from 1) and theme, e.g. <c>fr01-nadia/p12/resistance</c>.</param>
public sealed record Disagreement(string Id, Transcript Transcript, Passage Passage, Theme Theme, IReadOnlyList<Coding> CodingsA, IReadOnlyList<Coding> CodingsB)
{
    public static string IdOf(Passage passage, Theme theme) => $"{passage.TranscriptId}/p{passage.Index + 1}/{theme.Id}";
}
