using Codebook.Core.Media;
using Codebook.Core.Model;

namespace Codebook.Core.Import;

/// <summary>What a transcript reader makes of one file: the transcript, its case if the file names one,
/// and warnings the user should see (an encoding guessed, a language detected).</summary>
public sealed record ParsedTranscript(Transcript Transcript, Case? Case, IReadOnlyList<string> Warnings)
{
    /// <summary>The recording the file names (front matter <c>media: FILE</c>), as written there.</summary>
    public string? Media { get; init; }

    /// <summary>The recording to link in the same change as the import, found by whoever knows where the project and
    /// the file are (docs/media.md); null links nothing and leaves a link made before as it is.</summary>
    public Recording? Recording { get; init; }
}
