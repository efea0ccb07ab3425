namespace Codebook.Core.Changes;

/// <summary>A change just written to the project (an ordinary change, an undo or a redo) and what it touched.</summary>
public sealed record CommittedChange(Change Change, ChangeFootprint Touched);
