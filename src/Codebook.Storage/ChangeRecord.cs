using Codebook.Core.Changes;
using LiteDB;

namespace Codebook.Storage;

/// <summary>An event of the log as stored: the change a user sees, plus the documents before and after
/// each write, so that any change can be undone or redone exactly.</summary>
internal sealed class ChangeRecord
{
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    public string Coder { get; set; } = "";

    public string Action { get; set; } = "";

    public string Summary { get; set; } = "";

    public List<ChangeOp> Ops { get; set; } = [];

    /// <summary>For an "undo" change: the sequence of the change it undid. Absent on ordinary changes and in
    /// files written before undo existed, which reads as null.</summary>
    public long? UndoOf { get; set; }

    /// <summary>For a "redo" change: the sequence of the original change it re-applied.</summary>
    public long? RedoOf { get; set; }

    public Change ToChange() => new() { Sequence = Sequence, At = At, Coder = Coder, Action = Action, Summary = Summary, Reverts = UndoOf ?? RedoOf };
}

/// <summary>One document written by a change: null <see cref="Before"/> for an insert, null <see cref="After"/> for a delete.</summary>
internal sealed class ChangeOp
{
    public string Collection { get; set; } = "";

    public BsonValue Id { get; set; } = BsonValue.Null;

    public BsonDocument? Before { get; set; }

    public BsonDocument? After { get; set; }
}
