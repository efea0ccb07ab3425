using Codebook.Core.Changes;

namespace Codebook.Storage;

/// <summary>Undo and redo, as Core's <see cref="UndoStacks"/> rule them. Both are ordinary entries of the log, so the log stays an append-only audit trail and
/// the undo history survives restarts: it is all in the file.</summary>
public sealed partial class LiteProjectStore
{
    public Change? Undo(string coder)
    {
        if (Stacks().NextUndo is not { } sequence) return null;
        var target = Record(sequence);
        var record = new ChangeRecord { Coder = coder, Action = "undo", Summary = $"undid #{sequence}: {target.Summary}", UndoOf = sequence };
        // Later writes of the same change may overwrite earlier ones, so put documents back last to first.
        return Log(record, changes =>
        {
            foreach (var op in Enumerable.Reverse(target.Ops)) changes.Restore(op.Collection, op.Id, op.Before);
        });
    }

    public Change? Redo(string coder)
    {
        if (Stacks().NextRedo is not { } sequence) return null;
        var target = Record(sequence);
        var record = new ChangeRecord { Coder = coder, Action = "redo", Summary = $"redid #{sequence}: {target.Summary}", RedoOf = sequence };
        return Log(record, changes =>
        {
            foreach (var op in target.Ops) changes.Restore(op.Collection, op.Id, op.After);
        });
    }

    /// <summary>Replays only the fields that matter, not the documents each change wrote.</summary>
    private UndoStacks Stacks() =>
        UndoStacks.Replay(Db.GetCollection(Collections.Changes).Query()
            .OrderBy("_id")
            .Select("{ _id, UndoOf, RedoOf }")
            .ToEnumerable()
            .Select(d => Db.Mapper.ToObject<ChangeRecord>(d))
            .Select(r => new LoggedStep(r.Sequence, r.UndoOf, r.RedoOf)));

    private ChangeRecord Record(long sequence) => Db.GetCollection<ChangeRecord>(Collections.Changes).FindById(sequence);
}
