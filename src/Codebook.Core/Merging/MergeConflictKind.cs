namespace Codebook.Core.Merging;

/// <summary>Why codings of the other project were not simply added.</summary>
public enum MergeConflictKind
{
    /// <summary>No transcript here has the same text (edited or never imported here): its codings are skipped.</summary>
    TranscriptNotFound,
    /// <summary>The coding's theme is not in this codebook: skipped.</summary>
    ThemeMissing,
    /// <summary>The same coder already has codings on this transcript here, different ones: only those missing here are added.</summary>
    CoderDiffers,
}
