namespace Codebook.Core.Revisions;

/// <summary>A stretch of text that two versions of a transcript share: <see cref="Length"/> characters found at
/// <see cref="OldStart"/> in the old text and at <see cref="NewStart"/> in the new one.</summary>
public readonly record struct UnchangedRun(int OldStart, int NewStart, int Length)
{
    public int OldEnd => OldStart + Length;

    public int NewEnd => NewStart + Length;
}
