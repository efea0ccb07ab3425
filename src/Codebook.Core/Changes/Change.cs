namespace Codebook.Core.Changes;

/// <summary>One entry of the project's event log: who changed what, and when.</summary>
public sealed class Change
{
    /// <summary>Position in the log, from 1.</summary>
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    public string Coder { get; set; } = "";

    /// <summary>The kind of change, as a verb the log shows ("import", "code", "theme.rename").</summary>
    public string Action { get; set; } = "";

    /// <summary>One line a supervisor can read.</summary>
    public string Summary { get; set; } = "";

    /// <summary>For an undo or a redo: the sequence of the change it took back or made again; else null.</summary>
    public long? Reverts { get; set; }
}
