namespace Codebook.Core.Model;

/// <summary>What a memo is attached to.</summary>
public enum MemoTarget
{
    Project,
    Transcript,
    Theme,
    Coding,

    /// <summary>One case and one theme of the framework matrix: the memo is the cell's summary.</summary>
    FrameworkCell,
}
