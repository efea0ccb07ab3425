namespace Codebook.Core.Changes;

/// <summary>One entry of the project's log as undo and redo see it: its place, and which change it undid or redid
/// (neither for an ordinary change).</summary>
public readonly record struct LoggedStep(long Sequence, long? UndoOf = null, long? RedoOf = null);
