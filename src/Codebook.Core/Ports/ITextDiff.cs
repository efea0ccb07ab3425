using Codebook.Core.Revisions;

namespace Codebook.Core.Ports;

/// <summary>Compares two versions of a text (a transcript and its corrected re-import).</summary>
public interface ITextDiff
{
    /// <summary>What the two texts share, in order in both: each run starts after the previous one ends, in the old
    /// text and in the new.</summary>
    IReadOnlyList<UnchangedRun> UnchangedRuns(string oldText, string newText);
}
