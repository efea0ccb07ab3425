namespace Codebook.Core.Changes;

/// <summary>What one committed change wrote, by id, so derived data (the search index) can follow it.</summary>
/// <param name="Transcripts">Transcripts written or removed, and the transcripts of codings written or removed.</param>
/// <param name="Cases">Cases written or removed.</param>
/// <param name="Themes">Themes written or removed (a rename, move, merge or delete).</param>
public sealed record ChangeFootprint(IReadOnlySet<string> Transcripts, IReadOnlySet<string> Cases, IReadOnlySet<string> Themes);
