using Codebook.Core.Model;

namespace Codebook.Core.Import;

public enum ImportStatus
{
    Imported,
    /// <summary>The same content is already in the project; nothing was written.</summary>
    AlreadyImported,
    /// <summary>A transcript with this id was replaced by the file's corrected text, its codings carried to it.</summary>
    Updated,
}

/// <param name="TranscriptId">The new transcript, or the one already holding the same content.</param>
/// <param name="Reimport">What became of the codings, when the import <see cref="ImportStatus.Updated"/> a transcript.</param>
/// <param name="RolesSet">The entries of the project's speaker table that gave speakers of the file their role; null when none did.</param>
public sealed record ImportOutcome(ImportStatus Status, string TranscriptId, ReimportReport? Reimport = null, IReadOnlyList<SpeakerRoleEntry>? RolesSet = null);
