namespace Codebook.Core.Changes;

/// <summary>The undo rules: what undo and redo would act on next, found by replaying the log. Ordinary changes are
/// pushed on the done stack (and clear the redo stack, as a new edit does in an editor), an undo moves the top of
/// the done stack to the redo stack, a redo moves it back. Any coder undoes the project's last change, whoever made
/// it: the log is one history. Both stacks hold sequences of original changes, whose recorded documents (the
/// store's) say what to write.</summary>
public sealed class UndoStacks
{
    private readonly Stack<long> _done = new();
    private readonly Stack<long> _undone = new();

    public static UndoStacks Replay(IEnumerable<LoggedStep> log)
    {
        var stacks = new UndoStacks();
        foreach (var record in log)
        {
            if (record.UndoOf is { } undone) stacks._undone.Push(stacks.Pop(stacks._done, undone, record));
            else if (record.RedoOf is { } redone) stacks._done.Push(stacks.Pop(stacks._undone, redone, record));
            else
            {
                stacks._done.Push(record.Sequence);
                stacks._undone.Clear();
            }
        }
        return stacks;
    }

    /// <summary>The change an undo would revert now, if any.</summary>
    public long? NextUndo => _done.TryPeek(out var sequence) ? sequence : null;

    /// <summary>The change a redo would re-apply now, if any.</summary>
    public long? NextRedo => _undone.TryPeek(out var sequence) ? sequence : null;

    /// <summary>The log is written only by this class's rules, so a mismatch means a damaged file: refuse rather
    /// than undo the wrong change.</summary>
    private long Pop(Stack<long> stack, long expected, LoggedStep record)
    {
        if (!stack.TryPop(out var top) || top != expected)
        {
            throw new InvalidDataException($"change #{record.Sequence} says it undid or redid #{expected}, which the log does not allow");
        }
        return top;
    }
}
