using Codebook.Core.Model;

namespace Codebook.Core.Search;

/// <summary>What the index needs to know about one transcript: its case, its codings, and the theme tree
/// (to index each coded theme's ancestors).</summary>
public sealed record IndexedTranscript(
    Transcript Transcript,
    Case? Case,
    IReadOnlyList<Coding> Codings,
    IReadOnlyList<Theme> Themes);
