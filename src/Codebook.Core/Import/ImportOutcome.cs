namespace Codebook.Core.Import;

public enum ImportStatus
{
    Imported,
    /// <summary>The same content is already in the project; nothing was written.</summary>
    AlreadyImported,
}

/// <param name="TranscriptId">The new transcript, or the one already holding the same content.</param>
public sealed record ImportOutcome(ImportStatus Status, string TranscriptId);
